package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daklak.ngoaivu.ingest.IngestTestSupport.valid;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.ingest.FileOutcome.Outcome;
import vn.daklak.ngoaivu.read.HostileWorkbooks;
import vn.daklak.ngoaivu.support.FileHashes;

/**
 * One inbox holding a file of every hostile class next to valid reports, ingested in one run: each file gets its own
 * outcome and exact message, and the valid reports are taken as if the others were not there.
 */
@SpringBootTest(properties = "ngvh.ingest.settle-seconds=0")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInboxTest {

    private static final Instant MAY = Instant.parse("2024-05-01T08:00:00Z");
    /** 83 three-byte letters: 249 bytes, so the archive's "<sha>-" prefix would push the name over 255 bytes. */
    private static final String LONG_NAME = "ạ".repeat(83) + ".xlsx";
    private static final String REFUSED_CHARS_NAME = "báo:cáo?*.xlsx";
    /** A full cell: a formula, then control characters as OOXML writes them ({@code _x0001_}), then text. */
    private static final String LONG_TEXT = "=HYPERLINK(\"http://x\")" + "_x0001_".repeat(10) + "x".repeat(32_675);

    @Autowired
    IngestService ingest;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    static Path temp;

    Path input;
    Path output;
    Map<String, FileOutcome> outcomes;

    @BeforeAll
    void ingestOneHostileInbox() throws Exception {
        IngestTestSupport.cleanDatabase(jdbc);
        input = IngestTestSupport.inputRoot(temp);
        output = temp.resolve("output");
        Path inbox = input.resolve("inbox");
        valid("SVHTTDL").writeTo(inbox, "hop-le.xlsx", MAY);
        Path other = valid("STC").writeTo(temp, "nguon.xlsx", MAY);
        HostileWorkbooks.withDuplicateEntry(other, inbox.resolve("lap-ten.xlsx"), "xl/worksheets/sheet2.xml");
        HostileWorkbooks.withVbaProject(other, inbox.resolve("co-vba.xlsx"));
        HostileWorkbooks.macroEnabled(other, inbox.resolve("co-macro.xlsm"));
        byte[] whole = Files.readAllBytes(other);
        Files.write(inbox.resolve("cat-cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        Files.write(inbox.resolve(".an.xlsx"), whole);
        valid("SKHDT").writeTo(inbox, LONG_NAME, MAY);
        valid("SCT").writeTo(inbox, REFUSED_CHARS_NAME, MAY);
        valid("SNNPTNT").writeTo(inbox, "day-du.xlsx", MAY);
        SubmissionWorkbook.of("SNNPTNT").writeTo(inbox, "trang.xlsx", MAY.plusSeconds(3600));
        valid("SNGV").event("NV01", LONG_TEXT, "01/10/2024", "Lào", "", 5, 1).writeTo(inbox, "chu-dai.xlsx", MAY);
        try (var files = Files.list(inbox)) {
            for (Path file : files.filter(f -> !f.endsWith("trang.xlsx")).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(MAY));
            }
        }
        outcomes = ingest.ingest(input, output, "test", line -> { }).files().stream()
                .collect(Collectors.toMap(FileOutcome::fileName, Function.identity()));
    }

    @Test
    void everyFileButTheHiddenOneHasOneOutcome() {
        assertThat(outcomes).containsOnlyKeys("hop-le.xlsx", "lap-ten.xlsx", "co-vba.xlsx", "co-macro.xlsm",
                "cat-cut.xlsx", LONG_NAME, REFUSED_CHARS_NAME, "chu-dai.xlsx", "day-du.xlsx", "trang.xlsx");
        assertThat(outcomes.values()).extracting(FileOutcome::outcome).doesNotContain(Outcome.FAILED);
        assertThat(input.resolve("inbox")).isDirectoryContaining(p -> p.getFileName().toString().equals(".an.xlsx"));
    }

    @Test
    void theValidReportIsAcceptedWhole() {
        assertThat(outcomes.get("hop-le.xlsx").outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(outcomes.get("hop-le.xlsx").rows()).isEqualTo(6);
    }

    @Test
    void aZipWithTwoEntriesOfOneNameIsRejectedAsMalformed() {
        assertRejected("lap-ten.xlsx", "MALFORMED", "Cấu trúc bên trong tệp không hợp lệ (có phần bị lặp tên hoặc "
                + "mâu thuẫn), các chương trình có thể đọc ra nội dung khác nhau nên hệ thống không nhận. Hãy mở tệp "
                + "bằng Excel, lưu lại (File > Save As > Excel Workbook .xlsx) rồi gửi lại.");
    }

    @Test
    void macroEnabledWorkbooksAreRejectedWithSaveAsXlsx() {
        String message = "Tệp có chứa macro (VBA) nên hệ thống không nhận. Hãy mở tệp bằng Excel, chọn File > Save As "
                + "> Excel Workbook (.xlsx) (không chọn loại có macro .xlsm) rồi gửi lại.";
        assertRejected("co-vba.xlsx", "MACRO_ENABLED", message);
        assertRejected("co-macro.xlsm", "MACRO_ENABLED", message);
    }

    @Test
    void aWorkbookWithEmptyTablesIsRejectedAndNeverReplacesTheReportWithData() {
        assertRejected("trang.xlsx", "NO_DATA_ROWS", "Tệp không có dòng dữ liệu nào ở các trang \"Nhiệm vụ\", "
                + "\"Hoạt động\" và \"Kinh phí\" nên không được nhận (báo cáo đã gửi trước đó, nếu có, vẫn được giữ). "
                + "Hãy điền các nhiệm vụ được giao vào trang \"Nhiệm vụ\" (và hoạt động, kinh phí nếu có) rồi gửi lại.");
        assertThat(outcomes.get("day-du.xlsx").outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(jdbc.sql("SELECT file_name FROM submission WHERE agency_code = 'SNNPTNT' AND is_current")
                .query(String.class).list()).containsExactly("day-du.xlsx");
    }

    @Test
    void aTruncatedFileIsRejectedAsCorrupt() {
        assertRejected("cat-cut.xlsx", "CORRUPT", "Tệp bị hỏng hoặc lưu chưa trọn vẹn nên không đọc được. Hãy mở tệp "
                + "bằng Excel, kiểm tra nội dung, lưu lại (File > Save As > Excel Workbook .xlsx) rồi gửi lại.");
    }

    @Test
    void aNameTooLongForTheArchiveIsShortenedThereAndKeptWholeInTheDatabase() throws Exception {
        assertArchivedWhereTheDatabaseSays(LONG_NAME);
        String stored = storedPath(LONG_NAME);
        String fileName = Path.of(stored).getFileName().toString();
        assertThat(fileName.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        String sha = jdbc.sql("SELECT sha256 FROM submission WHERE file_name = ?").param(LONG_NAME)
                .query(String.class).single();
        assertThat(fileName).startsWith(sha.substring(0, 12) + "-ạạ").endsWith("~" + sha.substring(0, 12) + ".xlsx");
    }

    @Test
    void refusedCharactersBecomeUnderscoresInTheArchive() throws Exception {
        assertArchivedWhereTheDatabaseSays(REFUSED_CHARS_NAME);
        assertThat(Path.of(storedPath(REFUSED_CHARS_NAME)).getFileName().toString()).endsWith("-báo_cáo__~"
                + jdbc.sql("SELECT substr(sha256, 1, 12) FROM submission WHERE file_name = ?")
                .param(REFUSED_CHARS_NAME).query(String.class).single() + ".xlsx");
    }

    @Test
    void textOfAFullCellWithControlCharactersIsKeptWithThemReplaced() {
        assertThat(outcomes.get("chu-dai.xlsx").outcome()).isEqualTo(Outcome.ACCEPTED);
        String stored = jdbc.sql("SELECT e.name FROM event e JOIN submission s ON s.id = e.submission_id "
                + "WHERE s.file_name = 'chu-dai.xlsx' AND e.name LIKE '=HYPERLINK%'").query(String.class).single();
        // compared by its parts: a failure message holding two 32,767-character strings helps nobody
        String expected = LONG_TEXT.replace("_x0001_", "\uFFFD");
        assertThat(stored.length()).isEqualTo(32_767 - 10 * 6);
        assertThat(stored.substring(0, 40)).isEqualTo(expected.substring(0, 40));
        assertThat(stored.equals(expected)).as("whole text kept").isTrue();
    }

    private void assertRejected(String file, String code, String message) {
        assertThat(outcomes.get(file).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(jdbc.sql("SELECT p.code || ': ' || p.message FROM problem p JOIN submission s "
                + "ON s.id = p.submission_id WHERE s.file_name = ?").param(file).query(String.class).list())
                .containsExactly(code + ": " + message);
        assertThat(input.resolve(storedPath(file))).isRegularFile();
    }

    private void assertArchivedWhereTheDatabaseSays(String file) throws Exception {
        assertThat(outcomes.get(file).outcome()).isEqualTo(Outcome.ACCEPTED);
        Path archived = input.resolve(storedPath(file));
        assertThat(archived).isRegularFile();
        assertThat(FileHashes.sha256(archived)).isEqualTo(jdbc.sql("SELECT sha256 FROM submission WHERE file_name = ?")
                .param(file).query(String.class).single());
        assertThat(input.resolve("inbox").resolve(file)).doesNotExist();
        String feedback = jdbc.sql("SELECT feedback_path FROM submission WHERE file_name = ?").param(file)
                .query(String.class).single();
        assertThat(output.resolve(feedback)).isRegularFile();
    }

    private String storedPath(String file) {
        return jdbc.sql("SELECT stored_path FROM submission WHERE file_name = ?").param(file).query(String.class)
                .single();
    }

}
