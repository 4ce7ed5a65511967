package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A run inside {@code serve} ("Chạy ngay", the schedules) shows in its metrics: files by outcome, rows, the run's
 * and each step's duration, and in the Prometheus text on the management port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.web-application-type=servlet", "ngvh.ingest.settle-seconds=0"})
class RunMetricsTest {

    private static final Instant MAY = Instant.parse("2024-05-01T08:00:00Z");

    @Autowired
    IngestService ingest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;
    @LocalManagementPort
    int managementPort;
    @TempDir
    Path temp;

    private Path input;

    @BeforeEach
    void setUp() throws Exception {
        IngestTestSupport.cleanDatabase(jdbc);
        input = IngestTestSupport.inputRoot(temp);
    }

    @Test
    void filesByOutcomeRowsAndDurationsAfterARun() throws Exception {
        Path inbox = input.resolve("inbox");
        Path good = SubmissionWorkbook.of("SVHTTDL").task("NV01", "Hoàn thành", 100).task("NV02", "Đang thực hiện", 60)
                .event("NV01", "Đoàn nghệ thuật biểu diễn tại Jeonbuk", "10/09/2024", "Hàn Quốc", "Jeollabuk", 40, 300)
                .writeTo(inbox, "a.xlsx", MAY);
        Files.copy(good, inbox.resolve("b.xlsx"));
        Files.setLastModifiedTime(inbox.resolve("b.xlsx"), java.nio.file.attribute.FileTime.from(MAY.plusSeconds(60)));
        Files.writeString(inbox.resolve("c.xlsx"), "không phải tệp Excel");
        double accepted = files("accepted");
        double rejected = files("rejected");
        double duplicate = files("duplicate");
        double failed = files("failed");
        double rows = meters.counter(RunMetrics.ROWS).count();
        long runs = meters.timer(RunMetrics.RUNS, "outcome", "done").count();
        long inboxSteps = stepTimer("ingestInboxStep").count();

        ingest.ingest(input, temp.resolve("output"), "run", line -> { });

        assertThat(files("accepted") - accepted).isEqualTo(1.0);
        assertThat(files("rejected") - rejected).isEqualTo(1.0);
        assertThat(files("duplicate") - duplicate).isEqualTo(1.0);
        assertThat(files("failed") - failed).isEqualTo(0.0);
        assertThat(meters.counter(RunMetrics.ROWS).count() - rows).isEqualTo(3.0);
        Timer run = meters.timer(RunMetrics.RUNS, "outcome", "done");
        assertThat(run.count() - runs).isEqualTo(1);
        assertThat(run.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
        // Spring Batch's own step timers (Boot's batch observation): the run's one partitioned inbox step
        assertThat(stepTimer("ingestInboxStep").count() - inboxSteps).isEqualTo(1);

        String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(text).contains("ngvh_ingest_files_total{outcome=\"accepted\"} " + files("accepted"),
                "ngvh_ingest_rows_total ", "ngvh_ingest_runs_seconds_count{outcome=\"done\"} ",
                "spring_batch_step_seconds_count{");
    }

    private double files(String outcome) {
        return meters.counter(RunMetrics.FILES, "outcome", outcome).count();
    }

    private Timer stepTimer(String step) {
        return meters.find("spring.batch.step").tag("spring.batch.step.name", step).timers().stream()
                .filter(t -> "COMPLETED".equals(t.getId().getTag("spring.batch.step.status")))
                .findFirst().orElse(meters.timer("absent.step." + step));
    }
}
