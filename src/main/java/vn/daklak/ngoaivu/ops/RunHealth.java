package vn.daklak.ngoaivu.ops;

import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The health of the nightly run, beside the database's ({@code db}): {@code lastRun}, the last run's outcome (DOWN
 * when it stopped on an error or left a file it could not process), and {@code lastSuccessfulRun}, its age (DOWN when
 * no run has succeeded for longer than {@code ngvh.ops.max-run-age}). Before any run they say UNKNOWN, which does
 * not turn the whole health DOWN: a new installation is not a broken one. Only in {@code serve}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(HealthIndicator.class)
@EnableConfigurationProperties(RunHealthProperties.class)
class RunHealth {

    @Bean
    HealthIndicator lastRun(JdbcClient jdbc) {
        RunRecords runs = new RunRecords(jdbc);
        return () -> runs.latest().map(run -> {
            Health.Builder health = !run.finished() ? Health.up().withDetail("state", "đang chạy")
                    : run.succeeded() ? Health.up() : Health.down();
            return health.withDetail("id", run.id()).withDetail("command", run.command())
                    .withDetail("startedAt", run.startedAt().toString())
                    .withDetail("finishedAt", run.finished() ? run.finishedAt().toString() : "")
                    .withDetail("outcome", run.summary() != null ? run.summary()
                            : run.outcome() != null ? run.outcome() : "")
                    .build();
        }).orElseGet(() -> Health.unknown().withDetail("outcome", "chưa có lần chạy nào").build());
    }

    @Bean
    HealthIndicator lastSuccessfulRun(JdbcClient jdbc, RunHealthProperties settings) {
        RunRecords runs = new RunRecords(jdbc);
        long limit = settings.maxRunAge().toSeconds();
        return () -> runs.latestSuccessful()
                .map(run -> (run.ageSeconds() > limit ? Health.down() : Health.up())
                        .withDetail("id", run.id()).withDetail("finishedAt", run.finishedAt().toString())
                        .withDetail("ageSeconds", run.ageSeconds()).withDetail("limitSeconds", limit)
                        .withDetail("age", words(run.ageSeconds())).build())
                .orElseGet(() -> runs.secondsSinceFirstRun()
                        .map(waited -> (waited > limit ? Health.down() : Health.unknown())
                                .withDetail("outcome", "chưa có lần chạy nào thành công")
                                .withDetail("waitedSeconds", waited).withDetail("limitSeconds", limit).build())
                        .orElseGet(() -> Health.unknown().withDetail("outcome", "chưa có lần chạy nào").build()));
    }

    /** "2 ngày 3 giờ 5 phút" */
    static String words(long seconds) {
        Duration age = Duration.ofSeconds(seconds);
        return (age.toDays() > 0 ? age.toDays() + " ngày " : "") + age.toHoursPart() + " giờ " + age.toMinutesPart()
                + " phút";
    }
}
