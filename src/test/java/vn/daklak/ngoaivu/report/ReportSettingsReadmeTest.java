package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's table of report settings names every {@code ngvh.report.*} setting there is, in a row of its own. */
class ReportSettingsReadmeTest {

    @Test
    void readmeListsEveryReportSetting() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Report settings (`ngvh.report.*`)"));

        for (RecordComponent component : ReportProperties.class.getRecordComponents()) {
            String kebab = component.getName().replaceAll("([A-Z])", "-$1").toLowerCase();
            assertThat(section).as(kebab).contains("| `" + kebab + "` |");
        }
    }
}
