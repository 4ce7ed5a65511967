package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.reference.ReferenceService;
import vn.daklak.ngoaivu.support.FileHashes;

/**
 * {@code validate} runs the ingest job's own reading, checking and row handling: for accepted files, rejected files,
 * files with warnings and unreadable files, the problems it reports (sheet, row, column, value, severity, code,
 * message, in order) are exactly those the job stores.
 */
// a context of its own (chunk size 7 splits sheets mid-table): a small pool keeps the server's connections for others
@SpringBootTest(properties = {"ngvh.ingest.chunk-size=7", "spring.datasource.hikari.maximum-pool-size=3"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidateAgreesWithIngestTest {

    private static final Instant RECEIVED = Instant.parse("2024-12-18T02:00:00Z");
    private static final List<Path> FILES = List.of(
            Path.of("input/inbox/SNGV-2024-YEAR.xlsx"),
            Path.of("input/inbox/SVHTTDL-2024-YEAR-lan2.xlsx"),
            Path.of("input/inbox/SCT-2024-YEAR.xlsx"),
            Path.of("input/inbox/STTTT-2024-YEAR-English.xlsx"),
            Path.of("input/inbox/BCHQS-2024-H1.xlsx"),
            Path.of("input/inbox/UBLAK-2024-YEAR.xlsx"),
            Path.of("src/test/resources/ingest/normal.xlsx"),
            Path.of("src/test/resources/ingest/messy-layout.xlsx"),
            Path.of("src/test/resources/ingest/formulas-libreoffice.xlsx"),
            Path.of("src/test/resources/ingest/legacy-fonts.xls"),
            Path.of("src/test/resources/ingest/corrupt.xlsx"),
            Path.of("src/test/resources/ingest/empty.xlsx"));

    @Autowired
    ReferenceService reference;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FileLoad load;
    @TempDir
    static Path temp;

    private SubmissionChecker checker;

    @BeforeAll
    void masterData() throws Exception {
        IngestTestSupport.cleanDatabase(jdbc);
        reference.sync(IngestTestSupport.inputRoot(temp));
        checker = new SubmissionChecker(reference.current());
    }

    @Test
    void everyFileGetsTheSameProblemsFromValidateAsFromTheNightlyRun() throws Exception {
        List<List<Object>> all = new ArrayList<>();
        for (Path file : FILES) {
            List<List<Object>> validated = checker.check(file).problems().stream().map(this::fields).toList();
            List<List<Object>> stored = storedProblems(ingest(file));

            assertThat(validated).as(file.toString()).isEqualTo(stored);
            all.addAll(validated);
        }
        assertThat(all).as("the files cover errors and warnings, in sheets and for whole files")
                .anyMatch(p -> "ERROR".equals(p.get(4)) && p.get(0) != null)
                .anyMatch(p -> "WARNING".equals(p.get(4)) && p.get(0) != null)
                .anyMatch(p -> "ERROR".equals(p.get(4)) && p.get(0) == null);
    }

    private long ingest(Path file) throws Exception {
        Path copy = Files.copy(file, temp.resolve(file.getFileName()));
        return load.load(new PlannedFile(0, 0, 0, copy, file.getFileName().toString(), FileHashes.sha256(copy),
                RECEIVED));
    }

    private List<List<Object>> storedProblems(long submission) {
        return jdbc.sql("SELECT sheet, row_no, column_name, raw_value, severity, code, message FROM problem"
                        + " WHERE submission_id = ? ORDER BY id").param(submission)
                .query((rs, n) -> fields(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    private List<Object> fields(Problem p) {
        return fields(p.sheet(), p.row(), p.column(), p.rawValue(), p.severity().name(), p.code(), p.message());
    }

    private static List<Object> fields(Object... values) {
        return java.util.Arrays.asList(values);
    }
}
