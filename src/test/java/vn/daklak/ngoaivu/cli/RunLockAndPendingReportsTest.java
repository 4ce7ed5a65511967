package vn.daklak.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.daklak.ngoaivu.ingest.RunLock;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.ReportService;

/** The commands that take the run lock, and the periods whose reports wait in the database to be rebuilt. */
@SpringBootTest(properties = "ngvh.ingest.settle-seconds=0")
class RunLockAndPendingReportsTest {

    @Autowired
    Commands commands;
    @Autowired
    RunLock lock;
    @Autowired
    JdbcClient jdbc;
    @MockitoSpyBean
    ReportService reports;
    @TempDir
    Path temp;

    Path input;
    Path output;
    ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws IOException {
        jdbc.sql("TRUNCATE report_pending, pipeline_run, reference_file, submission, problem CASCADE").update();
        input = temp.resolve("input");
        output = temp.resolve("output");
        for (String folder : List.of("reference", "plans")) {
            Files.createDirectories(input.resolve(folder));
            try (Stream<Path> files = Files.list(Path.of("input", folder))) {
                for (Path file : files.toList()) {
                    Files.copy(file, input.resolve(folder).resolve(file.getFileName()));
                }
            }
        }
        Files.createDirectories(input.resolve("inbox"));
    }

    @Test
    void aFailingPeriodStaysPendingDoesNotStopTheOthersAndIsRebuiltByTheNextRun() {
        jdbc.sql("INSERT INTO report_pending (year, period) VALUES (2024, 'H1'), (2024, 'YEAR')").update();
        doThrow(new IllegalStateException("đĩa đầy (giả lập)")).when(reports).rebuild(eq(2024), eq(Period.H1), any());

        int failed = execute("run");

        assertThat(failed).isEqualTo(1);
        assertThat(output.resolve("reports/2024/YEAR/summary.json")).isRegularFile();
        assertThat(output.resolve("reports/2024/H1")).doesNotExist();
        assertThat(pending()).containsExactly("2024 H1");
        assertThat(lines()).filteredOn(l -> l.startsWith("Không lập được báo cáo")).containsExactly(
                "Không lập được báo cáo 2024 H1 (đĩa đầy (giả lập)); kỳ này sẽ được lập lại ở lần chạy sau, chi tiết trong "
                        + output.resolve("logs/ngvh.log"));

        doCallRealMethod().when(reports).rebuild(eq(2024), eq(Period.H1), any());
        console.reset();
        int retried = execute("run");

        assertThat(retried).isZero();
        assertThat(output.resolve("reports/2024/H1/summary.json")).isRegularFile();
        assertThat(pending()).isEmpty();
        assertThat(lines()).filteredOn(l -> l.startsWith("Đã lập báo cáo")).hasSize(1);
    }

    @Test
    void reportOfOnePeriodClearsOnlyThatPeriod() {
        jdbc.sql("INSERT INTO report_pending (year, period) VALUES (2024, 'H1'), (2024, 'YEAR')").update();

        int code = execute("report", "--year", "2024", "--period", "YEAR");

        assertThat(code).isZero();
        assertThat(pending()).containsExactly("2024 H1");
    }

    @Test
    void whileAnotherRunHoldsTheLockRunSaysSoInOneLineAndTouchesNothing() throws IOException {
        Files.writeString(input.resolve("inbox/bao-cao.xlsx"), "không phải tệp Excel");
        RunLock.Attempt other = lock.tryAcquire();
        try {
            for (String command : List.of("run", "ingest", "report")) {
                console.reset();
                int code = command.equals("report") ? execute(command, "--year", "2024", "--period", "YEAR")
                        : execute(command);

                assertThat(code).isEqualTo(3);
                assertThat(lines()).singleElement().satisfies(l -> assertThat(l)
                        .matches("Một lần chạy khác đang diễn ra \\(từ \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d\\); lần này không "
                                + "làm gì\\. .*"));
            }
        } finally {
            other.held().close();
        }
        assertThat(jdbc.sql("SELECT (SELECT count(*) FROM pipeline_run) + (SELECT count(*) FROM reference_file)")
                .query(Long.class).single()).isZero();
        assertThat(input.resolve("inbox/bao-cao.xlsx")).exists();
        assertThat(output).doesNotExist();
    }

    @Test
    void statusWorksDuringARunAndListsThePendingPeriods() {
        jdbc.sql("INSERT INTO report_pending (year, period) VALUES (2024, 'YEAR'), (2024, 'H1')").update();
        RunLock.Attempt other = lock.tryAcquire();
        try {
            assertThat(execute("status")).isZero();
            assertThat(lines()).first().isEqualTo("Các lần chạy gần nhất:");
            assertThat(lines()).last().isEqualTo("Các kỳ chờ lập lại báo cáo (ở lần chạy run tới): 2024 H1, 2024 YEAR");
        } finally {
            other.held().close();
        }
    }

    private int execute(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--input", input.toString(), "--output", output.toString()))
                .toArray(String[]::new);
        return commands.execute(CommandLine.parse(all), new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return console.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private List<String> pending() {
        return jdbc.sql("SELECT year || ' ' || period FROM report_pending ORDER BY year, period").query(String.class).list();
    }
}
