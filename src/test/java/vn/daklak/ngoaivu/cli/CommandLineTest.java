package vn.daklak.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.cli.CommandLine.Command;
import vn.daklak.ngoaivu.normalize.Period;

class CommandLineTest {

    @Test
    void runIsTheDefaultWithTheDefaultFolders() {
        CommandLine line = CommandLine.parse();

        assertThat(line.command()).isEqualTo(Command.RUN);
        assertThat(line.input()).isEqualTo(Path.of("input"));
        assertThat(line.output()).isEqualTo(Path.of("output"));
    }

    @Test
    void readsOptionsInBothFormsAndLeavesSpringsOwnAlone() {
        CommandLine line = CommandLine.parse("report", "--year", "2024", "--period=YEAR", "--output=/tmp/o",
                "--spring.datasource.url=jdbc:postgresql://x/y", "--ngvh.ingest.settle-seconds=0");

        assertThat(line.command()).isEqualTo(Command.REPORT);
        assertThat(line.year()).isEqualTo(2024);
        assertThat(line.period()).isEqualTo(Period.YEAR);
        assertThat(line.output()).isEqualTo(Path.of("/tmp/o"));
    }

    @Test
    void serveTakesTheManagementPortSettings() {
        CommandLine line = CommandLine.parse("serve", "--management.server.port=9091", "--server.port=9090");

        assertThat(line.command()).isEqualTo(Command.SERVE);
    }

    @Test
    void userTakesAnActionANameAndARoleButNoPassword() {
        CommandLine line = CommandLine.parse("user", "add", "nguyen.van.a", "--role", "admin");

        assertThat(line.command()).isEqualTo(Command.USER);
        assertThat(line.words()).containsExactly("add", "nguyen.van.a");
        assertThat(line.role()).isEqualTo("ADMIN");
        assertThat(line.files()).isEmpty();
        assertThatThrownBy(() -> CommandLine.parse("user")).hasMessageContaining("Lệnh user cần một việc");
        assertThatThrownBy(() -> CommandLine.parse("user", "add", "x", "--password", "bí-mật"))
                .hasMessageContaining("--password");
    }

    @Test
    void validateTakesFiles() {
        CommandLine line = CommandLine.parse("validate", "a.xlsx", "b=c.xls");

        assertThat(line.files()).containsExactly(Path.of("a.xlsx"), Path.of("b=c.xls"));
    }

    @Test
    void badUsageIsExplainedInVietnamese() {
        assertThatThrownBy(() -> CommandLine.parse("report", "--year", "2024"))
                .isInstanceOf(CommandLine.UsageException.class).hasMessageContaining("--period");
        assertThatThrownBy(() -> CommandLine.parse("report", "--year", "24", "--period", "H1"))
                .hasMessageContaining("4 chữ số");
        assertThatThrownBy(() -> CommandLine.parse("report", "--year", "2024", "--period", "Q3"))
                .hasMessageContaining("H1").hasMessageContaining("YEAR");
        assertThatThrownBy(() -> CommandLine.parse("validate")).hasMessageContaining("ít nhất một tệp");
        assertThatThrownBy(() -> CommandLine.parse("frobnicate")).hasMessageContaining("Không có lệnh");
        assertThatThrownBy(() -> CommandLine.parse("run", "--colour")).hasMessageContaining("--colour");
        assertThatThrownBy(() -> CommandLine.parse("template", "--year")).hasMessageContaining("cần một giá trị");
    }
}
