package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.read.SheetRow;
import vn.daklak.ngoaivu.read.SpreadsheetFile;
import vn.daklak.ngoaivu.read.UnreadableWorkbookException;

/**
 * What "read or refused cleanly" means for any bytes: the reader either reads every sheet or says why in one of its
 * Vietnamese sentences (never another exception), and the whole check (reading, header, rows, normalisers) ends with
 * an outcome, never with an unexpected failure. Returns a short verdict; throws AssertionError otherwise.
 */
final class CleanReading {

    private final SubmissionChecker checker;

    CleanReading(SubmissionChecker checker) {
        this.checker = checker;
    }

    String verdict(Path file) {
        String read = readEverySheet(file);
        CheckResult result = checker.check(file);
        assertThat(result.problems()).as("%s: the check ended in an unexpected failure", file)
                .noneMatch(p -> p.code().equals("UNEXPECTED_FAILURE"));
        assertThat(result.problems()).extracting(Problem::message).as("%s: messages are for people", file)
                .noneMatch(CleanReading::namesJava);
        return read + (result.rejected() ? ", rejected" : ", accepted");
    }

    private static String readEverySheet(Path file) {
        try (SpreadsheetFile workbook = SpreadsheetFile.open(file)) {
            for (String sheet : workbook.sheetNames()) {
                try (Stream<SheetRow> rows = workbook.rows(sheet)) {
                    rows.forEach(row -> { });
                } catch (IOException | UncheckedIOException e) {
                    String message = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
                    assertThat(message).as("%s: sheet failure message", file).startsWith("Không").doesNotMatch(
                            ".*(Exception|java\\.).*");
                }
            }
            return "read";
        } catch (UnreadableWorkbookException e) {
            assertThat(namesJava(e.getMessage())).as("%s: %s", file, e.getMessage()).isFalse();
            return "refused " + e.problem();
        } catch (IOException e) {
            throw new AssertionError(file + ": closing failed", e);
        }
    }

    private static boolean namesJava(String message) {
        return message.contains("Exception") || message.contains("java.") || message.contains("org.");
    }
}
