package vn.daklak.ngoaivu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * The sample inbox of 2024: writes every sample workbook and says which summary figures they must produce. Entry
 * point for the end-to-end tests and for regenerating {@code input/inbox/}.
 */
public final class SampleInbox {

    /** Files get increasing modification times from here, a minute apart, in processing order. */
    private static final Instant FIRST_MODIFIED = Instant.parse("2024-12-20T01:00:00Z");

    private SampleInbox() {
    }

    /** The submissions in processing order, without writing anything. */
    public static List<SampleSubmission> submissions() {
        return SampleModel.submissions();
    }

    /**
     * Writes every sample workbook into {@code inboxDir} (created if needed) and returns them in processing order:
     * names sort in that order and modification times increase in it.
     */
    public static List<SampleFile> write(Path inboxDir) {
        try {
            Files.createDirectories(inboxDir);
            List<SampleFile> files = new ArrayList<>();
            Instant modified = FIRST_MODIFIED;
            for (SampleSubmission submission : submissions()) {
                Path file = inboxDir.resolve(submission.fileName());
                SampleWorkbookWriter.write(submission, file);
                Files.setLastModifiedTime(file, FileTime.from(modified));
                modified = modified.plusSeconds(60);
                files.add(new SampleFile(file, submission));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figures summary.json must hold for {@code year} and {@code period} ("H1" or "YEAR") after ingesting all. */
    public static ExpectedSummary expected(int year, String period) {
        return SummaryCalculator.compute(submissions(), year, Period.valueOf(period));
    }

    /**
     * The timeliness the generator intends for {@code year} and {@code period}: expected agency code to on time, for
     * the expected agencies with an accepted file, judged by the date each first accepted file states.
     */
    public static Map<String, Boolean> intendedTimeliness(int year, String period) {
        return SampleTimeliness.intended(submissions(), year, Period.valueOf(period));
    }

    /** One valid SVHTTDL 2024 YEAR workbook with about {@code eventRows} rows, streamed (for the memory benchmark). */
    public static void writeLarge(Path out, int eventRows) {
        LargeWorkbookWriter.write(out, eventRows);
    }

    /** Regenerates the shipped samples: {@code input/inbox}, or the folder given as the first argument. */
    /** Copies the repository's master data (input/reference, input/plans) into {@code input}, as a fresh install has. */
    public static void copyMasterData(Path input) throws IOException {
        for (String folder : List.of("reference", "plans")) {
            Path to = input.resolve(folder);
            Files.createDirectories(to);
            try (Stream<Path> list = Files.list(Path.of("input", folder))) {
                for (Path file : list.toList()) {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
        }
    }

    /** Asserts that the period's summary.json under {@code output} is exactly what the samples were generated for. */
    public static void assertSummaryAsIntended(Path output, int year, String period) throws IOException {
        Path summary = output.resolve("reports").resolve(Integer.toString(year)).resolve(period).resolve("summary.json");
        ObjectMapper json = new ObjectMapper();
        Map<?, ?> actual = json.readValue(Files.readString(summary, StandardCharsets.UTF_8),
                Map.class);
        Map<?, ?> expected = json.readValue(json.writeValueAsString(expected(year, period).asMap()), Map.class);
        assertThat(actual).isEqualTo(expected);
    }

    public static void main(String[] args) {
        vn.daklak.ngoaivu.read.PoiLimits.apply();   // POI's scratch files in this user's folder, as in every command
        write(Path.of(args.length > 0 ? args[0] : "input/inbox"));
    }
}
