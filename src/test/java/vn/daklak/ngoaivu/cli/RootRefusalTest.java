package vn.daklak.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** As root (as CI runs), the embedded default must refuse clearly, with exit code 2, before touching ./data. */
class RootRefusalTest {

    @Test
    void asRootWithoutAServerTheEmbeddedDefaultRefusesWithExitCodeTwo() {
        assumeTrue(EmbeddedDatabase.runningAsRoot(), "only meaningful when the tests run as root");
        assumeTrue(!DatabaseSettings.configured(new String[0]), "a database server is configured for this JVM");

        int code = Launcher.run(new String[] {"status"});

        assertThat(code).isEqualTo(2);
        assertThat(java.nio.file.Path.of("data", "postgres")).doesNotExist();
    }

    @Test
    void theRefusalSaysWhyAndHowToPointAtAServer() {
        assertThat(EmbeddedDatabase.ROOT_REFUSED).contains("root").contains("--spring.datasource.url=")
                .contains("SPRING_DATASOURCE_URL");
    }
}
