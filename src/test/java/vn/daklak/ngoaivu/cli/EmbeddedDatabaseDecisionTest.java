package vn.daklak.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Embedded or server is decided from the Environment Boot builds, whatever source names the database. Each case runs
 * Boot's own environment preparation (config files, profiles, SPRING_APPLICATION_JSON) on a probe context whose only
 * bean is guarded by the same condition as the embedded server; the config locations are a temp folder standing for
 * the working directory ({@code ./} and {@code ./config/}), so the tests' own classpath settings do not interfere.
 */
class EmbeddedDatabaseDecisionTest {

    private static final String URL = "spring.datasource.url=jdbc:postgresql://db.so-ngoai-vu:5432/ngvh";

    @TempDir
    Path workingDirectory;

    @Configuration(proxyBeanMethods = false)
    static class Probe {

        @Bean
        @Conditional(NoDatabaseConfigured.class)
        String embeddedWanted() {
            return "embedded";
        }
    }

    @Test
    void withNoSettingTheEmbeddedServerIsTheDefault() {
        assertThat(embeddedWanted(Map.of())).isTrue();
    }

    @Test
    void aCommandLineArgumentNamesTheServer() {
        assertThat(embeddedWanted(Map.of(), "--" + URL)).isFalse();
    }

    @Test
    void anEnvironmentVariableNamesTheServer() {
        assertThat(embeddedWanted(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/ngvh"))).isFalse();
    }

    @Test
    void springApplicationJsonNamesTheServer() {
        assertThat(embeddedWanted(Map.of("SPRING_APPLICATION_JSON",
                "{\"spring\":{\"datasource\":{\"url\":\"jdbc:postgresql://db:5432/ngvh\"}}}"))).isFalse();
    }

    @Test
    void anApplicationPropertiesInTheConfigFolderNamesTheServer() throws IOException {
        Files.createDirectories(workingDirectory.resolve("config"));
        Files.writeString(workingDirectory.resolve("config/application.properties"), URL + "\n");
        assertThat(embeddedWanted(Map.of())).isFalse();
    }

    @Test
    void anApplicationYamlInTheWorkingDirectoryNamesTheServer() throws IOException {
        Files.writeString(workingDirectory.resolve("application.yml"),
                "spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/ngvh\n");
        assertThat(embeddedWanted(Map.of())).isFalse();
    }

    @Test
    void aFileNamedBySpringConfigLocationNamesTheServer() throws IOException {
        Path elsewhere = Files.writeString(workingDirectory.resolve("ngvh-server.properties"), URL + "\n");
        assertThat(embeddedWanted(Map.of(), "--spring.config.location=file:" + elsewhere)).isFalse();
    }

    @Test
    void aProfileFileNamesTheServerOnlyWhenItsProfileIsActive() throws IOException {
        Files.writeString(workingDirectory.resolve("application-server.properties"), URL + "\n");
        assertThat(embeddedWanted(Map.of())).isTrue();
        assertThat(embeddedWanted(Map.of(), "--spring.profiles.active=server")).isFalse();
        assertThat(embeddedWanted(Map.of("SPRING_PROFILES_ACTIVE", "server"))).isFalse();
    }

    @Test
    void aServerNamedInTheEnvironmentLeavesTheDataSourceToBoot() {
        new ApplicationContextRunner().withUserConfiguration(EmbeddedDatabaseConfig.class)
                .withPropertyValues(URL)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedDatabase.class)
                        .doesNotHaveBean(DataSource.class));
    }

    @Test
    void asRootTheEmbeddedDefaultFailsTheContextWithTheRefusalBeforeTouchingItsDataFolder() {
        assumeTrue(EmbeddedDatabase.runningAsRoot(), "only meaningful when the tests run as root");
        Path dataRoot = workingDirectory.resolve("data");
        new ApplicationContextRunner().withUserConfiguration(EmbeddedDatabaseConfig.class)
                .withPropertyValues("ngvh.embedded-database.data-root=" + dataRoot)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(EmbeddedDatabaseUnavailable.class)
                            .hasMessage(EmbeddedDatabase.ROOT_REFUSED);
                    assertThat(dataRoot).doesNotExist();
                });
    }

    private boolean embeddedWanted(Map<String, Object> environmentVariables, String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        Map<String, Object> variables = new HashMap<>(environmentVariables);
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));
        String here = workingDirectory.toUri().toString();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Probe.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).environment(environment)
                // Boot's default locations, the working directory being the temp folder
                .properties("spring.config.location=optional:classpath:/application.properties,optional:" + here
                        + ",optional:" + here + "config/")
                .run(args)) {
            return context.containsBean("embeddedWanted");
        }
    }
}
