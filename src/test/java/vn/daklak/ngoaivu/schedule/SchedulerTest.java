package vn.daklak.ngoaivu.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.daklak.ngoaivu.ingest.RunLock;
import vn.daklak.ngoaivu.pipeline.Pipeline;
import vn.daklak.ngoaivu.pipeline.Pipeline.Outcome;

/**
 * The schedules in serve, on the shipped {@code jobs/} files, at a fixed "now": 30/11/2026 09:00 in Vietnam (a
 * Monday). Scheduled runs read and write folders of this test's own.
 */
@SpringBootTest(properties = {"spring.main.web-application-type=servlet", "ngvh.schedule.folder=jobs",
        "ngvh.schedule.input=" + SchedulerTest.INPUT, "ngvh.schedule.output=" + SchedulerTest.OUTPUT,
        "ngvh.dashboard.input=" + SchedulerTest.INPUT, "ngvh.dashboard.output=" + SchedulerTest.OUTPUT,
        "ngvh.ingest.settle-seconds=0"})
@AutoConfigureMockMvc
class SchedulerTest {

    static final String INPUT = "target/schedule-test/input";
    static final String OUTPUT = "target/schedule-test/output";
    static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    Scheduler scheduler;
    @Autowired
    ScheduleFolder folder;
    @Autowired
    ScheduledWork work;
    @Autowired
    NextRuns nextRuns;
    @Autowired
    FireLog fires;
    @Autowired
    RunLock lock;
    @Autowired
    Pipeline pipeline;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void folders() throws IOException {
        jdbc.sql("TRUNCATE pipeline_run, pipeline_run_file, ingest_file").update();
        Path input = Path.of(INPUT);
        for (String sub : List.of("reference", "plans")) {
            Files.createDirectories(input.resolve(sub));
            try (Stream<Path> files = Files.list(Path.of("input", sub))) {
                for (Path file : files.toList()) {
                    Files.copy(file, input.resolve(sub).resolve(file.getFileName()),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.createDirectories(input.resolve("inbox"));
    }

    @Test
    void serveRegistersEveryShippedScheduleAndRecordsEachAsFirstSeenNow() {
        assertThat(scheduler.registered()).containsExactly("nightly-run", "purge-batch-metadata", "reminders-weekly",
                "report-h1", "report-year");
        assertThat(jdbc.sql("SELECT last_fired_at FROM schedule_fire WHERE name = 'report-year'")
                .query(OffsetDateTime.class).single().toInstant()).isEqualTo(NOW);
    }

    @Test
    void eachScheduleShowsItsNextRunInVietnamTimeAlsoOnTheJobsPage() throws Exception {
        assertThat(nextRuns.list().schedules()).extracting(NextRuns.Upcoming::name, NextRuns.Upcoming::nextRun)
                .containsExactly(
                        tuple("nightly-run", LocalDateTime.of(2026, 12, 1, 2, 0)),
                        tuple("purge-batch-metadata", LocalDateTime.of(2026, 12, 6, 3, 0)),
                        tuple("reminders-weekly", LocalDateTime.of(2026, 12, 7, 7, 0)),
                        tuple("report-h1", LocalDateTime.of(2027, 6, 14, 17, 30)),
                        tuple("report-year", LocalDateTime.of(2026, 12, 14, 17, 30)));

        String page = mvc.perform(get("/jobs").with(user("xem").roles("VIEWER"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Lịch chạy tự động (giờ Việt Nam)")
                .containsSubsequence("nightly-run", "run", "01/12/2026 02:00",
                        "purge-batch-metadata", "purge-batch-metadata retention=P2Y", "06/12/2026 03:00",
                        "reminders-weekly", "reminders", "07/12/2026 07:00",
                        "report-h1", "report period=H1", "14/06/2027 17:30",
                        "report-year", "report period=YEAR", "14/12/2026 17:30");
    }

    @Test
    void threeMissedNightsRunOnceAtTheNextStart() {
        Schedule nightly = schedule("nightly-run");
        jdbc.sql("UPDATE schedule_fire SET last_fired_at = '2026-11-27 02:00+07', fired = 0 WHERE name = 'nightly-run'")
                .update();

        assertThat(scheduler.catchUp(nightly)).contains(ZonedDateTime.parse("2026-11-30T02:00+07:00[Asia/Ho_Chi_Minh]"));
        await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.sql(
                "SELECT count(*) FROM pipeline_run WHERE finished_at IS NOT NULL").query(Integer.class).single() == 1);

        assertThat(scheduler.catchUp(nightly)).isEmpty();
        assertThat(jdbc.sql("SELECT command FROM pipeline_run").query(String.class).list()).containsExactly("run");
        assertThat(fires.lastFired("nightly-run")).contains(Instant.parse("2026-11-29T19:00:00Z"));
        assertThat(jdbc.sql("SELECT fired FROM schedule_fire WHERE name = 'nightly-run'").query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aFireWhileAnotherRunHoldsTheLockIsOneLogLineNoErrorAndCountsAsSkipped() {
        Schedule nightly = schedule("nightly-run");
        int skippedBefore = fires.skippedCount("nightly-run");
        ListAppender<ILoggingEvent> logged = listen();
        Outcome outcome;
        try (RunLock.Held held = lock.tryAcquire().held()) {
            outcome = work.perform(nightly, ZonedDateTime.parse("2026-11-30T02:00+07:00[Asia/Ho_Chi_Minh]"));
        } finally {
            stopListening(logged);
        }

        assertThat(outcome).isEqualTo(Outcome.REFUSED);
        assertThat(logged.list).hasSize(1);
        assertThat(logged.list.get(0).getLevel()).isEqualTo(ch.qos.logback.classic.Level.INFO);
        assertThat(logged.list.get(0).getFormattedMessage()).matches("Lịch nightly-run bỏ qua lần chạy lúc 30/11/2026 "
                + "02:00 \\(giờ Việt Nam\\): Một lần chạy khác đang diễn ra \\(từ \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d\\);"
                + " lần này không làm gì\\..*");
        assertThat(fires.skippedCount("nightly-run")).isEqualTo(skippedBefore + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM pipeline_run").query(Integer.class).single()).isZero();
    }

    @Test
    void remindersDoWorkOnlyWhileSomeAgencyIsMissing() throws IOException {
        pipeline.ingest(Path.of(INPUT), Path.of(OUTPUT), line -> { });   // loads the agencies
        Path letter = Path.of(OUTPUT, "reports/2026/H1/cong-van-don-doc-2026-H1.docx");
        deleteTree(Path.of(OUTPUT, "reports/2026/H1"));
        ZonedDateTime monday = ZonedDateTime.parse("2026-11-30T07:00+07:00[Asia/Ho_Chi_Minh]");
        List<String> reporting = jdbc.sql("UPDATE agency SET reports = false WHERE reports RETURNING code")
                .query(String.class).list();
        try {
            assertThat(work.perform(schedule("reminders-weekly"), monday)).isEqualTo(Outcome.DONE);
            assertThat(Path.of(OUTPUT, "reports/2026/H1")).doesNotExist();
        } finally {
            jdbc.sql("UPDATE agency SET reports = true WHERE code IN (:codes)").param("codes", reporting).update();
        }

        assertThat(work.perform(schedule("reminders-weekly"), monday)).isEqualTo(Outcome.DONE);
        assertThat(letter).isRegularFile();
    }

    private Schedule schedule(String name) {
        return folder.load().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static ListAppender<ILoggingEvent> listen() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        for (Class<?> source : List.of(ScheduleLines.class, ScheduledWork.class)) {
            ((Logger) LoggerFactory.getLogger(source)).addAppender(appender);
        }
        return appender;
    }

    private static void stopListening(ListAppender<ILoggingEvent> appender) {
        for (Class<?> source : List.of(ScheduleLines.class, ScheduledWork.class)) {
            ((Logger) LoggerFactory.getLogger(source)).detachAppender(appender);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
