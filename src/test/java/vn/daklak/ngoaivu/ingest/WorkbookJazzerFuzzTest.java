package vn.daklak.ngoaivu.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Jazzer's coverage-guided fuzzing of the reader and the whole check (header, rows, normalisers): any bytes must be
 * read or refused cleanly ({@link CleanReading}). Every ordinary test run is Jazzer's regression mode: it checks the
 * seeds and every kept finding under {@code src/test/resources/vn/daklak/ngoaivu/ingest/WorkbookJazzerFuzzTestInputs/
 * anyBytesAreReadOrRefusedCleanly/}. To fuzz (at most two minutes), {@code JAZZER_FUZZ=1 ./mvnw -B test
 * -Dtest=WorkbookJazzerFuzzTest}; a crashing input is written to that folder, where it stays as a regression fixture.
 * {@link WorkbookFuzzTest} keeps its structure-aware mutations (zip entries, XML), which Jazzer's byte mutations
 * rarely reach inside a compressed archive.
 */
class WorkbookJazzerFuzzTest {

    private static final CleanReading READING = new CleanReading(new SubmissionChecker(TestReference.load()));

    @FuzzTest(maxDuration = "2m")
    void anyBytesAreReadOrRefusedCleanly(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("jazzer-", ".xlsx");
        try {
            Files.write(file, bytes);
            READING.verdict(file);
        } finally {
            Files.delete(file);
        }
    }
}
