package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutation fuzzing of the reader and the whole check (header, rows, normalisers) over the project's fixture
 * workbooks: every mutant must be read or refused cleanly ({@link CleanReading}). It runs for
 * {@code -Dngvh.fuzz.seconds} (default 20, at most 120) from {@code -Dngvh.fuzz.seed} (default fixed, so a CI run is
 * reproducible); a failing mutant is written to {@code target/fuzz-failures/} with its seed, to be kept under
 * {@code src/test/resources/fuzz-regressions/}, whose files are checked on every run.
 */
class WorkbookFuzzTest {

    private static final Path FIXTURES = Path.of("src/test/resources/ingest");
    private static final Path REGRESSIONS = Path.of("src/test/resources/fuzz-regressions");
    private static final Path FAILURES = Path.of("target/fuzz-failures");
    private static final long MAX_SECONDS = 120;
    private static final CleanReading READING = new CleanReading(new SubmissionChecker(TestReference.load()));

    @TempDir
    Path temp;

    @Test
    void mutantsOfTheFixtureWorkbooksAreReadOrRefusedCleanly() throws IOException {
        List<byte[]> seeds = seedWorkbooks();
        long seed = Long.getLong("ngvh.fuzz.seed", 20_241_130L);
        Duration budget = Duration.ofSeconds(Math.min(MAX_SECONDS, Long.getLong("ngvh.fuzz.seconds", 20)));
        Instant end = Instant.now().plus(budget);
        int tried = 0;
        List<String> failures = new ArrayList<>();
        for (long i = 0; Instant.now().isBefore(end); i++) {
            byte[] original = seeds.get((int) (i % seeds.size()));
            byte[] mutant = WorkbookMutator.mutate(original, seed + i);
            Path file = Files.write(temp.resolve("mutant-" + i + ".xlsx"), mutant);
            try {
                READING.verdict(file);
            } catch (AssertionError | RuntimeException | StackOverflowError e) {
                failures.add(keep(mutant, seed + i, e));
            }
            Files.delete(file);
            tried++;
        }
        assertThat(tried).isPositive();
        assertThat(failures).as("%d mutants tried from seed %d", tried, seed).isEmpty();
    }

    @Test
    void keptFailuresStayFixed() throws IOException {
        try (Stream<Path> files = Files.list(REGRESSIONS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).sorted().toList()) {
                assertThat(READING.verdict(file)).isNotBlank();
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameMutant() throws IOException {
        byte[] normal = Files.readAllBytes(FIXTURES.resolve("normal.xlsx"));
        for (long seed = 0; seed < 12; seed++) {
            assertThat(WorkbookMutator.mutate(normal, seed)).isEqualTo(WorkbookMutator.mutate(normal, seed));
        }
    }

    private List<byte[]> seedWorkbooks() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (String name : List.of("normal.xlsx", "formulas-libreoffice.xlsx", "messy-layout.xlsx", "nfd-text.xlsx",
                "legacy-fonts.xls")) {
            seeds.add(Files.readAllBytes(FIXTURES.resolve(name)));
        }
        Path generated = SubmissionWorkbook.of("SVHTTDL").task("NV01", "Hoàn thành", 100)
                .event("NV01", "Giao lưu", "10/09/2024", "Lào", "LA-CH", 40, 3)
                .spending("NV01", "Ngân sách nhà nước", 200_000_000, 180_000_000, 170_000_000)
                .writeTo(temp, "seed.xlsx", Instant.parse("2024-05-01T08:00:00Z"));
        seeds.add(Files.readAllBytes(generated));
        return seeds;
    }

    private static String keep(byte[] mutant, long seed, Throwable why) {
        try {
            Files.createDirectories(FAILURES);
            Files.write(FAILURES.resolve("seed-" + seed + ".xlsx"), mutant);
        } catch (IOException e) {
            why.addSuppressed(e);
        }
        return "seed " + seed + ": " + why;
    }
}
