package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.support.FileHashes;

/**
 * A run's record: its one summary line is the console's last line, the log's and the runs table's; each file's
 * outcome is kept in pipeline_run_file with its hash, agency, period, counts and message.
 */
@SpringBootTest(properties = "ngvh.ingest.settle-seconds=0")
class RunRecordTest {

    private static final Instant MAY = Instant.parse("2024-05-01T08:00:00Z");
    private static final Instant JUNE = Instant.parse("2024-06-01T08:00:00Z");

    @Autowired
    IngestService ingest;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path temp;

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Path input;

    @BeforeEach
    void setUp() throws Exception {
        IngestTestSupport.cleanDatabase(jdbc);
        input = IngestTestSupport.inputRoot(temp);
        logged.start();
        ((Logger) LoggerFactory.getLogger(PipelineRuns.class)).addAppender(logged);
    }

    @AfterEach
    void tearDown() {
        ((Logger) LoggerFactory.getLogger(PipelineRuns.class)).detachAppender(logged);
    }

    @Test
    void summaryLineInConsoleLogAndTableAndEachFilesOutcome() throws Exception {
        Path inbox = input.resolve("inbox");
        Path good = SubmissionWorkbook.of("SVHTTDL").task("NV01", "Hoàn thành", 100)
                .event("NV01", "Đoàn nghệ thuật biểu diễn tại Jeonbuk", "10/09/2024", "Hàn Quốc", "Jeollabuk", 40, 300)
                .spending("NV01", "Ngân sách nhà nước", 200_000_000, 180_000_000, 170_000_000)
                .writeTo(inbox, "a.xlsx", MAY);
        String sha = FileHashes.sha256(good);
        Files.copy(good, inbox.resolve("b.xlsx"));
        Files.setLastModifiedTime(inbox.resolve("b.xlsx"), java.nio.file.attribute.FileTime.from(JUNE));
        Files.writeString(inbox.resolve("c.xlsx"), "không phải tệp Excel");
        Files.setLastModifiedTime(inbox.resolve("c.xlsx"), java.nio.file.attribute.FileTime.from(JUNE.plusSeconds(60)));
        String notExcel = FileHashes.sha256(inbox.resolve("c.xlsx"));
        Files.createDirectories(inbox.resolve("thu-muc-con"));
        List<String> console = new ArrayList<>();

        IngestReport report = ingest.ingest(input, temp.resolve("output"), "run", console::add);

        String summary = console.get(console.size() - 1);
        assertThat(summary).matches("Tổng kết: đã xem 4 tệp — 1 chấp nhận, 1 bị từ chối, 1 trùng lặp, 0 lỗi xử lý,"
                + " 1 để lại lần sau; 3 dòng dữ liệu; \\d+(,\\d)? giây\\.").isEqualTo(report.summaryLine());
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(summary);
        assertThat(jdbc.sql("""
                SELECT command || '|' || files || '|' || accepted || '|' || rejected || '|' || duplicates || '|'
                       || failed || '|' || left_for_later || '|' || data_rows || '|' || (duration_ms >= 0) || '|'
                       || summary FROM pipeline_run""").query(String.class).single())
                .isEqualTo("run|3|1|1|1|0|1|3|true|" + summary);
        assertThat(jdbc.sql("""
                SELECT position || '|' || file_name || '|' || coalesce(sha256, '-') || '|' || coalesce(agency_code, '-')
                       || '|' || coalesce(year::text, '-') || '|' || coalesce(period, '-') || '|' || outcome || '|'
                       || errors || '|' || warnings || '|' || data_rows
                  FROM pipeline_run_file ORDER BY position""").query(String.class).list())
                .containsExactly("1|a.xlsx|" + sha + "|SVHTTDL|2024|YEAR|ACCEPTED|0|1|3",
                        "2|b.xlsx|" + sha + "|SVHTTDL|2024|YEAR|DUPLICATE|0|0|0",
                        "3|c.xlsx|" + notExcel + "|-|-|-|REJECTED|1|0|0");
        assertThat(jdbc.sql("SELECT message FROM pipeline_run_file WHERE position = 3").query(String.class).single())
                .startsWith("chuyển vào ");
    }
}
