package vn.daklak.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands that need no database, through the real entry point, with their exit codes. */
class OfflineCommandsTest {

    @TempDir
    static Path samples;
    @TempDir
    Path temp;

    @org.junit.jupiter.api.BeforeAll
    static void writeSamples() {
        vn.daklak.ngoaivu.samples.SampleInbox.write(samples);
    }

    private static String sample(String name) {
        return samples.resolve(name).toString();
    }

    @Test
    void validateAcceptsAGoodSampleAndRefusesTheFaultyOnes() {
        assertThat(Launcher.run(new String[] {"validate", sample("SNGV-2024-YEAR.xlsx")})).isZero();
        assertThat(Launcher.run(new String[] {"validate", sample("SNGV-2024-YEAR.xlsx"),
                sample("UBLAK-2024-YEAR.xlsx")})).isEqualTo(1);
    }

    @Test
    void validateWritesNothing() throws Exception {
        Path file = Files.copy(Path.of(sample("SNGV-2024-YEAR.xlsx")), temp.resolve("x.xlsx"));

        Launcher.run(new String[] {"validate", file.toString(), "--output", temp.resolve("out").toString()});

        assertThat(file).exists();
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void templateWritesTheWorkbookForAnAgency() {
        int code = Launcher.run(new String[] {"template", "--year", "2024", "--agency", "sngv", "--output", temp.toString()});

        assertThat(code).isZero();
        assertThat(temp.resolve("templates/mau-bao-cao-2024-SNGV.xlsx")).isNotEmptyFile();
    }

    @Test
    void templateRefusesAYearWithoutPlanOrAnUnknownAgencyAsBadUsage() {
        assertThat(Launcher.run(new String[] {"template", "--year", "2031", "--output", temp.toString()})).isEqualTo(2);
        assertThat(Launcher.run(new String[] {"template", "--year", "2024", "--agency", "XYZ", "--output",
                temp.toString()})).isEqualTo(2);
    }

    @Test
    void unknownCommandIsBadUsage() {
        assertThat(Launcher.run(new String[] {"frobnicate"})).isEqualTo(2);
    }
}
