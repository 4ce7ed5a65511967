package vn.daklak.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import vn.daklak.ngoaivu.NgvhApplication;

/** The console line of a failed command names a log only when the failure is in it; otherwise it shows the cause. */
class FailureLineTest {

    @TempDir
    Path temp;

    @Test
    void aFailureAfterLoggingStartedNamesTheLogThatHoldsIt() throws Exception {
        Path output = temp.resolve("output");

        FreshJvm.Result result = FreshJvm.run(Path.of("").toAbsolutePath(), List.of(), NgvhApplication.class,
                "report", "--year", "2024", "--period", "H1", "--output", output.toString(),
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/ngvh");

        Path log = output.resolve("logs/ngvh.log");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout().lines()).singleElement().asString().startsWith("Lỗi: ")
                .endsWith(" (chi tiết trong " + log + ")");
        assertThat(Files.readString(log)).contains("Lệnh REPORT thất bại").contains("127.0.0.1:1");
    }

    @Test
    void aFailureOfACommandWithoutSpringIsOneLineAndItsStackTraceGoesToTheLogOnly() throws Exception {
        // the output folder can be written (checked before start), but a file stands where templates/ must go
        Path output = Files.createDirectories(temp.resolve("output-with-a-file"));
        Path blocker = Files.writeString(output.resolve("templates"), "");

        FreshJvm.Result result = FreshJvm.run(Path.of("").toAbsolutePath(), List.of(), NgvhApplication.class,
                "template", "--year", "2024", "--output", output.toString());

        Path log = output.resolve("logs/ngvh.log");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout().lines()).singleElement().asString()
                .isEqualTo("Lỗi: " + blocker + " (chi tiết trong " + log + ")");
        assertThat(Files.readString(log)).contains("Lệnh TEMPLATE thất bại")
                .contains("java.nio.file.FileAlreadyExistsException: " + blocker).contains("\tat ");
    }

    @Test
    void aSuccessfulValidateWritesNoLogAndPrintsNoLibraryLines() throws Exception {
        Path output = temp.resolve("output-untouched");
        Path workbook = Path.of("input/inbox/SNGV-2024-YEAR.xlsx").toAbsolutePath();

        FreshJvm.Result result = FreshJvm.run(Path.of("").toAbsolutePath(), List.of(), NgvhApplication.class,
                "validate", workbook.toString(), "--output", output.toString());

        assertThat(result.stdout().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
                .startsWith(workbook + ": "));
        assertThat(result.stdout()).doesNotContain("DEBUG").doesNotContain("\tat ");
        assertThat(output).doesNotExist();
    }

    @Test
    void theEmbeddedDatabaseBeingBusyIsItsOwnOneLineAndExitCode() throws IOException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        EmbeddedDatabaseUnavailable busy = EmbeddedDatabase.busy(temp.resolve("data/postgres"), null);

        int code = new FailureReport(temp.resolve("logs/ngvh.log")).report(CommandLine.Command.RUN,
                new BeanCreationException("embeddedDatabase", "Failed to instantiate", busy),
                new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(3);
        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo(busy.getMessage() + "\n");
        assertThat(temp.resolve("logs")).doesNotExist();
    }

    @Test
    void theSummaryLeavesOutBeanWiringAndRepeatsNoCause() {
        java.sql.SQLException refused = new java.sql.SQLException("Connection to 127.0.0.1:1 refused.",
                new java.net.ConnectException("Connection refused"));
        RuntimeException flyway = new RuntimeException("Unable to obtain connection from database: "
                + "Connection to 127.0.0.1:1 refused.\n---------\nSQL State  : 08001", refused);
        BeanCreationException wiring = new BeanCreationException("jdbcClient", "Failed to initialize dependency",
                new BeanCreationException("flywayInitializer", flyway.getMessage(), flyway));

        assertThat(FailureReport.summary(wiring)).isEqualTo("Unable to obtain connection from database: "
                + "Connection to 127.0.0.1:1 refused. ← Connection refused");
    }

    @Test
    void theSummaryGivesEachCauseOnce() {
        IOException root = new IOException("Hết chỗ trống trên đĩa");
        assertThat(FailureReport.summary(new IllegalStateException("Không ghi được báo cáo", root)))
                .isEqualTo("Không ghi được báo cáo ← Hết chỗ trống trên đĩa");
    }
}
