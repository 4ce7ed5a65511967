package vn.daklak.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** As root (as CI runs), the embedded default must refuse clearly, with exit code 2, before touching ./data. */
class RootRefusalTest {

    @TempDir
    Path temp;

    @Test
    void asRootWithoutAServerTheEmbeddedDefaultRefusesWithExitCodeTwo() {
        assumeTrue(EmbeddedDatabase.runningAsRoot(), "only meaningful when the tests run as root");
        assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null && System.getenv("SPRING_APPLICATION_JSON") == null,
                "a database server is configured in this JVM's environment");

        // only the application's own settings: the tests' classpath config/application.properties names a server
        int code = Launcher.run(new String[] {"status", "--spring.config.location=classpath:/application.properties",
                "--ngvh.embedded-database.data-root=" + temp.resolve("data"), "--output", temp.resolve("output").toString()});

        assertThat(code).isEqualTo(2);
        assertThat(temp.resolve("data")).doesNotExist();
        assertThat(Path.of("data", "postgres")).doesNotExist();
    }

    @Test
    void theRefusalSaysWhyAndHowToPointAtAServerWithoutNamingTheTestsDatabase() {
        assertThat(EmbeddedDatabase.ROOT_REFUSED).contains("root").contains("--spring.datasource.url=")
                .contains("SPRING_DATASOURCE_URL").contains("/ngvh ").doesNotContain("/test");
    }
}
