package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.daklak.ngoaivu.ingest.FileOutcome.Outcome;
import vn.daklak.ngoaivu.support.FileHashes;

/** A run that dies at any point after a file's commit loses nothing: the next run finishes what it left. */
@SpringBootTest(properties = "ngvh.ingest.settle-seconds=0")
class IngestRecoveryTest {

    private static final Instant MAY = Instant.parse("2024-05-01T08:00:00Z");
    private static final Instant JUNE = Instant.parse("2024-06-01T08:00:00Z");
    private static final String FEEDBACK = "feedback/2024/YEAR/SVHTTDL/bao-cao.xlsx.ket-qua.xlsx";

    @Autowired
    IngestService ingest;
    @Autowired
    JdbcClient jdbc;
    @MockitoSpyBean
    SubmissionFinisher finisher;
    @MockitoSpyBean
    FeedbackFiler feedback;
    @MockitoSpyBean
    StaleExecutions staleExecutions;
    @TempDir
    Path temp;

    Path input;
    Path output;

    @BeforeEach
    void setUp() throws Exception {
        IngestTestSupport.cleanDatabase(jdbc);
        jdbc.sql("TRUNCATE report_pending").update();
        input = IngestTestSupport.inputRoot(temp);
        output = temp.resolve("output");
    }

    @Test
    void crashAfterTheCommitBeforeTheMoveIsFinishedByTheNextRunNotTakenAsADuplicate() throws Exception {
        Path file = valid().writeTo(input.resolve("inbox"), "bao-cao.xlsx", MAY);
        String sha = FileHashes.sha256(file);
        doThrow(new IllegalStateException("mất điện (giả lập)")).when(finisher).finish(any(), any(), any(), any());

        IngestReport crashed = ingest.ingest(input, output, "test", line -> { });

        assertThat(crashed.files()).singleElement().extracting(FileOutcome::outcome).isEqualTo(Outcome.FAILED);
        assertThat(jdbc.sql("SELECT status || ' ' || coalesce(stored_path, '-') FROM submission").query(String.class)
                .single()).isEqualTo("ACCEPTED -");
        assertThat(file).exists();

        doCallRealMethod().when(finisher).finish(any(), any(), any(), any());
        IngestReport next = ingest.ingest(input, output, "test", line -> { });

        assertThat(next.files()).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(f.rows()).isEqualTo(6);
        });
        assertFinished(sha);
    }

    @Test
    void crashAfterTheMoveBeforeTheFeedbackIsFinishedByTheNextRun() throws Exception {
        Path file = valid().writeTo(input.resolve("inbox"), "bao-cao.xlsx", MAY);
        String sha = FileHashes.sha256(file);
        doThrow(new IllegalStateException("mất điện (giả lập)")).when(feedback).write(any(), any(), any(), any());

        ingest.ingest(input, output, "test", line -> { });

        assertThat(file).doesNotExist();
        assertThat(jdbc.sql("SELECT count(*) FROM submission WHERE stored_path IS NULL").query(Long.class).single())
                .isEqualTo(1);
        doCallRealMethod().when(feedback).write(any(), any(), any(), any());
        List<String> progress = new ArrayList<>();
        IngestReport next = ingest.ingest(input, output, "test", progress::add);

        assertThat(next.files()).singleElement().extracting(FileOutcome::outcome).isEqualTo(Outcome.ACCEPTED);
        assertThat(progress).filteredOn(l -> l.startsWith("[hoàn tất lần chạy trước] bao-cao.xlsx: chấp nhận"))
                .hasSize(1);
        assertFinished(sha);
    }

    @Test
    void emptyOrMissingFeedbackIsWrittenAgainByTheNextRun() throws Exception {
        valid().writeTo(input.resolve("inbox"), "bao-cao.xlsx", MAY);
        ingest.ingest(input, output, "test", line -> { });
        Path xlsx = output.resolve(FEEDBACK);
        Path csv = output.resolve("feedback/2024/YEAR/SVHTTDL/bao-cao.xlsx.ket-qua.csv");
        String csvBefore = Files.readString(csv);

        Files.write(xlsx, new byte[0]);
        List<String> progress = new ArrayList<>();
        IngestReport repaired = ingest.ingest(input, output, "test", progress::add);

        assertThat(repaired.files()).isEmpty();
        assertThat(progress).contains("Đã ghi lại 1 tệp phản hồi bị thiếu hoặc rỗng: bao-cao.xlsx");
        assertValidFeedback(xlsx);

        Files.delete(csv);
        ingest.ingest(input, output, "test", line -> { });

        assertThat(Files.readString(csv)).isEqualTo(csvBefore);
        assertValidFeedback(xlsx);
        try (Stream<Path> folder = Files.list(xlsx.getParent())) {
            assertThat(folder.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("bao-cao.xlsx.ket-qua.xlsx", "bao-cao.xlsx.ket-qua.csv");
        }
    }

    @Test
    void anOlderFileProcessedAfterANewerOneIsKeptButDoesNotBecomeCurrent() throws Exception {
        valid().events("NV01", 3).writeTo(input.resolve("inbox"), "lan2.xlsx", JUNE);
        ingest.ingest(input, output, "test", line -> { });
        valid().writeTo(input.resolve("inbox"), "lan1.xlsx", MAY);

        IngestReport late = ingest.ingest(input, output, "test", line -> { });

        assertThat(late.files()).singleElement().extracting(FileOutcome::outcome).isEqualTo(Outcome.ACCEPTED);
        assertThat(jdbc.sql("SELECT file_name FROM submission WHERE is_current").query(String.class).single())
                .isEqualTo("lan2.xlsx");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM submission old JOIN submission new ON old.superseded_by = new.id
                WHERE old.file_name = 'lan1.xlsx' AND old.status = 'ACCEPTED' AND NOT old.is_current
                  AND new.file_name = 'lan2.xlsx' AND new.superseded_by IS NULL""").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM event e JOIN submission s ON s.id = e.submission_id WHERE s.is_current")
                .query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void aDecisionMarksItsPeriodForARebuildInTheDatabase() throws Exception {
        valid().writeTo(input.resolve("inbox"), "bao-cao.xlsx", MAY);

        ingest.ingest(input, output, "test", line -> { });

        assertThat(jdbc.sql("SELECT year || ' ' || period FROM report_pending").query(String.class).list())
                .containsExactly("2024 YEAR");
    }

    @Test
    void changedMasterDataMarksEveryPeriodWithData() throws Exception {
        valid().writeTo(input.resolve("inbox"), "bao-cao.xlsx", MAY);
        ingest.ingest(input, output, "test", line -> { });
        jdbc.sql("DELETE FROM report_pending").update();

        ingest.ingest(input, output, "test", line -> { });
        assertThat(jdbc.sql("SELECT count(*) FROM report_pending").query(Long.class).single()).isZero();

        Files.writeString(input.resolve("reference/plan-groups.csv"), "\n", java.nio.file.StandardOpenOption.APPEND);
        ingest.ingest(input, output, "test", line -> { });

        assertThat(jdbc.sql("SELECT year || ' ' || period FROM report_pending").query(String.class).list())
                .containsExactly("2024 YEAR");
    }

    @Test
    void aRunFailingMidwayStillRecordsItsEnd() {
        doThrow(new IllegalStateException("lỗi giả lập")).when(staleExecutions).recover();

        assertThatThrownBy(() -> ingest.ingest(input, output, "test", line -> { })).hasMessage("lỗi giả lập");

        assertThat(jdbc.sql("SELECT command || ' ' || outcome || ' ' || (finished_at IS NOT NULL) FROM pipeline_run")
                .query(String.class).single()).isEqualTo("test thất bại: lỗi giả lập true");
    }

    private void assertFinished(String sha) throws Exception {
        String stored = "archive/2024/YEAR/SVHTTDL/" + sha.substring(0, 12) + "-bao-cao.xlsx";
        assertThat(jdbc.sql("SELECT stored_path || ' ' || feedback_path FROM submission").query(String.class).single())
                .isEqualTo(stored + " " + FEEDBACK);
        assertThat(FileHashes.sha256(input.resolve(stored))).isEqualTo(sha);
        assertThat(input.resolve("archive/trung-lap")).doesNotExist();
        try (Stream<Path> inbox = Files.list(input.resolve("inbox"))) {
            assertThat(inbox).isEmpty();
        }
        assertValidFeedback(output.resolve(FEEDBACK));
        assertThat(jdbc.sql("""
                SELECT (SELECT count(*) FROM submission) || ' ' || (SELECT count(*) FROM event) || ' '
                    || (SELECT count(*) FROM batch_job_instance)""").query(String.class).single())
                .isEqualTo("1 2 1");
    }

    private static void assertValidFeedback(Path xlsx) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Kết quả");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("KẾT QUẢ KIỂM TRA TỆP BÁO CÁO NGOẠI GIAO VĂN HÓA");
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(workbook.getSheetAt(0).getRow(2).getCell(1))).isEqualTo("TỆP ĐƯỢC CHẤP NHẬN");
            assertThat(text.formatCellValue(workbook.getSheetAt(0).getRow(6).getCell(1))).isEqualTo("bao-cao.xlsx");
        }
    }

    private static SubmissionWorkbook valid() {
        return SubmissionWorkbook.of("SVHTTDL")
                .task("NV01", "Hoàn thành", 100)
                .task("NV02", "Đang thực hiện", 60)
                .event("NV01", "Đoàn nghệ thuật biểu diễn tại Jeonbuk", "10/09/2024", "Hàn Quốc", "Jeollabuk", 40, 300)
                .event("NV02", "Tuần văn hóa Đắk Lắk tại Champasak", "05/11/2024", "Lào", "LA-CH", 60, 500)
                .spending("NV01", "Ngân sách nhà nước", 200_000_000, 180_000_000, 170_000_000)
                .spending("NV02", "Xã hội hóa", 150_000_000, 150_000_000, 130_000_000);
    }
}
