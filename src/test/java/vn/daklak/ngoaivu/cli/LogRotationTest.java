package vn.daklak.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The log the commands write ({@code output/logs/ngvh.log}, named by the {@link Launcher}) rolls over with the
 * settings of application.properties: gzipped archives beside it, a size per file, a history and a total cap. Starts
 * only Boot's logging (the application's own settings, no beans), as the Launcher names the file.
 */
class LogRotationTest {

    @TempDir
    Path temp;

    @Test
    void theShippedPolicyIsTheRunningOne() {
        Path log = temp.resolve("output/logs/ngvh.log");
        try (ConfigurableApplicationContext context = start(log)) {
            SizeAndTimeBasedRollingPolicy<?> policy = policy();

            assertThat(field(policy, "maxFileSize")).isEqualTo(FileSize.valueOf("10MB").getSize());
            assertThat(field(policy, "totalSizeCap")).isEqualTo(FileSize.valueOf("200MB").getSize());
            assertThat(policy.getMaxHistory()).isEqualTo(30);
            assertThat(policy.getFileNamePattern()).isEqualTo(log.toAbsolutePath() + ".%d{yyyy-MM-dd}.%i.gz");
        }
    }

    @Test
    void aSmallCapRollsTheLogIntoGzippedArchivesBesideIt() throws IOException {
        Path log = temp.resolve("output/logs/ngvh.log");
        try (ConfigurableApplicationContext context = start(log, "--logging.logback.rollingpolicy.max-file-size=2KB")) {
            Logger logger = LoggerFactory.getLogger(LogRotationTest.class);
            for (int i = 0; i < 120; i++) {
                logger.info("Dòng nhật ký số {}: [1/64] BCHQS-2024-H1.xlsx: bị từ chối, 3 lỗi, 0 cảnh báo", i);
            }
            appender().stop();   // waits for the archives' compression, which runs in the background
        }

        List<String> names;
        try (Stream<Path> files = Files.list(log.getParent())) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).contains("ngvh.log");
        List<String> archives = names.stream().filter(n -> !n.equals("ngvh.log")).toList();
        assertThat(archives).hasSizeGreaterThanOrEqualTo(3)
                .allMatch(n -> n.matches("ngvh\\.log\\.\\d{4}-\\d{2}-\\d{2}\\.\\d+\\.gz"));
        assertThat(Files.size(log)).isLessThanOrEqualTo(FileSize.valueOf("2KB").getSize() + 200);
    }

    private static ConfigurableApplicationContext start(Path log, String... args) {
        return new SpringApplicationBuilder(NoBeans.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("logging.file.name=" + log).run(args);
    }

    private static SizeAndTimeBasedRollingPolicy<?> policy() {
        return (SizeAndTimeBasedRollingPolicy<?>) appender().getRollingPolicy();
    }

    private static RollingFileAppender<ILoggingEvent> appender() {
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        return (RollingFileAppender<ILoggingEvent>) logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .getAppender("FILE");
    }

    private static long field(Object policy, String name) {
        return ((FileSize) ReflectionTestUtils.getField(policy, name)).getSize();
    }

    /** The application's settings without its beans: only Boot's logging starts. */
    static class NoBeans {
    }
}
