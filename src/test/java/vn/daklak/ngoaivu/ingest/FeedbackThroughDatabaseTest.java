package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The feedback written after the problems went through the database still points at the cell to fix. */
@SpringBootTest(properties = "ngvh.ingest.settle-seconds=0")
class FeedbackThroughDatabaseTest {

    private static final Instant MAY = Instant.parse("2024-05-01T08:00:00Z");

    @Autowired
    IngestService ingest;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path temp;

    Path input;
    Path output;

    @BeforeEach
    void setUp() throws IOException {
        IngestTestSupport.cleanDatabase(jdbc);
        input = IngestTestSupport.inputRoot(temp);
        output = temp.resolve("output");
    }

    @Test
    void unknownTaskCodeMarksItsOwnCellRedWithTheNoteAndLeavesColumnAAlone() throws Exception {
        SubmissionWorkbook.of("SVHTTDL").task("NV01", "Hoàn thành", 100).task("NV99", "Hoàn thành", 100)
                .writeTo(input.resolve("inbox"), "sai-ma.xlsx", MAY);

        ingest.ingest(input, output, "test", line -> { });

        assertThat(jdbc.sql("SELECT column_index FROM problem WHERE code = 'UNKNOWN_TASK_CODE'")
                .query(Integer.class).single()).isEqualTo(1);
        try (XSSFWorkbook feedback = open(output.resolve("feedback/2024/YEAR/SVHTTDL/sai-ma.xlsx.ket-qua.xlsx"))) {
            Row row = feedback.getSheet("Nhiệm vụ").getRow(2);
            Cell code = row.getCell(1);
            assertThat(code.getStringCellValue()).isEqualTo("NV99");
            assertThat(fill(code)).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(code.getCellComment().getString().getString()).startsWith("Lỗi: ").contains("NV99");
            assertThat(fill(row.getCell(0))).isNotEqualTo(IndexedColors.RED.getIndex());
            assertThat(row.getCell(0).getCellComment()).isNull();
            assertThat(fill(row.getCell(3))).isNotEqualTo(IndexedColors.RED.getIndex());
        }
    }

    @Test
    void anUnknownTaskCodeSuggestsTheAgencysOwnTasksBeforeCodesOfSimilarSpelling() throws Exception {
        // SCT coordinates NV02 and leads NV04; by spelling alone NV99 would suggest NV09, NV01, NV02.
        SubmissionWorkbook.of("SCT").task("NV99", "Hoàn thành", 100).writeTo(input.resolve("inbox"), "sct.xlsx", MAY);

        ingest.ingest(input, output, "test", line -> { });

        assertThat(jdbc.sql("SELECT message FROM problem WHERE code = 'UNKNOWN_TASK_CODE'").query(String.class)
                .single()).contains("Các mã gần nhất: NV02, NV04, NV09.");
    }

    @Test
    void theSameTaskTwiceIsAWarningNamingBothRowsOnTheSecondRowsCodeCell() throws Exception {
        SubmissionWorkbook.of("SVHTTDL").task("NV01", "Hoàn thành", 100).task("NV02", "Đang thực hiện", 50)
                .task("NV01", "Hoàn thành", 100).writeTo(input.resolve("inbox"), "lap.xlsx", MAY);

        IngestReport report = ingest.ingest(input, output, "test", line -> { });

        assertThat(report.files()).singleElement().extracting(FileOutcome::outcome)
                .isEqualTo(FileOutcome.Outcome.ACCEPTED);
        assertThat(jdbc.sql("SELECT severity || ' ' || row_no || ' ' || column_index || ' ' || message FROM problem"
                + " WHERE code = 'DUPLICATE_TASK_ROW'").query(String.class).single()).isEqualTo("WARNING 4 1 Nhiệm vụ"
                + " NV01 được báo cáo hai lần, ở dòng 2 và dòng 4, với cùng tình trạng. Hãy gộp thành một dòng và xóa"
                + " dòng 4.");
        try (XSSFWorkbook feedback = open(output.resolve("feedback/2024/YEAR/SVHTTDL/lap.xlsx.ket-qua.xlsx"))) {
            Cell code = feedback.getSheet("Nhiệm vụ").getRow(3).getCell(1);
            assertThat(fill(code)).isEqualTo(IndexedColors.LIGHT_ORANGE.getIndex());
            assertThat(code.getCellComment().getString().getString()).startsWith("Cảnh báo: Nhiệm vụ NV01");
        }
    }

    @Test
    void theSameTaskTwiceWithDifferentFiguresIsAnErrorNamingBothRows() throws Exception {
        SubmissionWorkbook.of("SVHTTDL").task("NV01", "Hoàn thành", 100).task("NV01", "Đang thực hiện", 40)
                .writeTo(input.resolve("inbox"), "mau-thuan.xlsx", MAY);

        IngestReport report = ingest.ingest(input, output, "test", line -> { });

        assertThat(report.files()).singleElement().extracting(FileOutcome::outcome)
                .isEqualTo(FileOutcome.Outcome.REJECTED);
        assertThat(jdbc.sql("SELECT message FROM problem WHERE code = 'CONFLICTING_TASK_ROWS'").query(String.class)
                .single()).isEqualTo("Nhiệm vụ NV01 được báo cáo hai lần với số liệu khác nhau: dòng 2 (Hoàn thành,"
                + " 100%) và dòng 3 (Đang thực hiện, 40%). Hãy giữ một dòng đúng và xóa dòng còn lại.");
    }

    @Test
    void feedbackOfAFileWhoseAgencyCouldNotBeReadLandsInUnknown() throws Exception {
        SubmissionWorkbook.of("KHONGCO").task("NV01", "Hoàn thành", 100)
                .writeTo(input.resolve("inbox"), "khong-ro.xlsx", MAY);

        ingest.ingest(input, output, "test", line -> { });

        assertThat(output.resolve("feedback/unknown/khong-ro.xlsx.ket-qua.xlsx")).exists();
        assertThat(output.resolve("feedback/unknown/khong-ro.xlsx.ket-qua.csv")).exists();
        assertThat(output.resolve("feedback/unknown/unknown")).doesNotExist();
        assertThat(output.resolve("feedback/2024")).doesNotExist();
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static short fill(Cell cell) {
        return ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColor();
    }
}
