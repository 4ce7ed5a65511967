package vn.daklak.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.daklak.ngoaivu.TestDatabase;
import vn.daklak.ngoaivu.samples.SampleInbox;

/**
 * The newcomer's first run, end to end through the real command line: the sample inbox, the shipped master
 * data, a real PostgreSQL. The figures of summary.json must be exactly those the sample generator's model implies.
 */
class RunCommandEndToEndTest {

    private static final String URL = TestDatabase.url();
    private static final String USER = TestDatabase.user();

    @TempDir
    static Path temp;
    static Path input;
    static Path output;
    static int exitCode;
    static List<String> sampleNames;

    @BeforeAll
    static void runOverTheSampleInbox() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, USER, TestDatabase.password()); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        input = temp.resolve("input");
        output = temp.resolve("output");
        copyTree(Path.of("input/reference"), input.resolve("reference"));
        copyTree(Path.of("input/plans"), input.resolve("plans"));
        // the generator writes exactly the shipped samples (SampleInboxTest), with modification times in processing order
        sampleNames = SampleInbox.write(input.resolve("inbox")).stream().map(f -> f.path().getFileName().toString())
                .toList();
        exitCode = Launcher.run(new String[] {"run", "--input", input.toString(), "--output", output.toString(),
                "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER});
    }

    @Test
    void runSucceedsAndTakesEveryFileOutOfTheInbox() throws IOException {
        assertThat(exitCode).isZero();
        assertThat(sampleNames).hasSizeGreaterThan(50);
        try (Stream<Path> left = Files.list(input.resolve("inbox"))) {
            assertThat(left.filter(p -> !p.getFileName().toString().startsWith("."))).isEmpty();
        }
        try (Stream<Path> rejected = Files.list(input.resolve("rejected"))) {
            assertThat(rejected.count()).isEqualTo(2);
        }
    }

    @Test
    void summaryOfTheYearHasExactlyTheGeneratorsFigures() throws IOException {
        assertSummary(2024, "YEAR");
    }

    @Test
    void summaryOfTheFirstHalfHasExactlyTheGeneratorsFigures() throws IOException {
        assertSummary(2024, "H1");
    }

    @Test
    void everyIngestedFileGotItsFeedback() throws IOException {
        try (Stream<Path> files = Files.walk(output.resolve("feedback"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".ket-qua.xlsx")).count()).isEqualTo(sampleNames.size());
        }
    }

    @Test
    void workbookOfTheYearHasTheDatabasesFiguresOnEverySheet() throws Exception {
        try (Connection db = DriverManager.getConnection(URL, USER, TestDatabase.password())) {
            SampleReportReadBack year = new SampleReportReadBack(db, output, 2024, "YEAR");
            year.assertSummarySheetEqualsTheDatabase();
            year.assertTableSheetsEqualTheDatabase();
            assertThat(year.missingSheetCodes()).isEqualTo(year.agenciesWithoutAValidReport())
                    .containsExactly("BDT", "SKHCN", "UBLAK");
        }
    }

    @Test
    void reportAndReminderLetterOfTheYearHaveTheDatabasesFigures() throws Exception {
        try (Connection db = DriverManager.getConnection(URL, USER, TestDatabase.password())) {
            SampleReportReadBack year = new SampleReportReadBack(db, output, 2024, "YEAR");
            year.assertReportDocxEqualsTheDatabase();
            year.assertChartFiles();
            assertThat(year.reminderLetterCodes()).isEqualTo(year.agenciesWithoutAValidReport())
                    .containsExactly("BDT", "SKHCN", "UBLAK");
        }
    }

    @Test
    void workbookOfTheFirstHalfHasTheDatabasesFigures() throws Exception {
        try (Connection db = DriverManager.getConnection(URL, USER, TestDatabase.password())) {
            SampleReportReadBack firstHalf = new SampleReportReadBack(db, output, 2024, "H1");
            firstHalf.assertSummarySheetEqualsTheDatabase();
            firstHalf.assertTableSheetsEqualTheDatabase();
            assertThat(firstHalf.reminderLetterCodes()).isEqualTo(firstHalf.agenciesWithoutAValidReport());
        }
    }

    private static void assertSummary(int year, String period) throws IOException {
        Path summary = output.resolve("reports").resolve(Integer.toString(year)).resolve(period).resolve("summary.json");
        ObjectMapper json = new ObjectMapper();
        Map<?, ?> actual = json.readValue(summary.toFile(), Map.class);
        Map<?, ?> expected = json.readValue(json.writeValueAsString(SampleInbox.expected(year, period).asMap()), Map.class);
        assertThat(actual).isEqualTo(expected);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> list = Files.list(from)) {
            for (Path file : list.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
