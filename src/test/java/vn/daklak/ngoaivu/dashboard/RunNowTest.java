package vn.daklak.ngoaivu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.daklak.ngoaivu.ingest.RunLock;

/** "Run now" and "restart" on the Tác vụ page: the command line's run, its lock, its audit entry. */
@DashboardTest
class RunNowTest {

    private static final RequestPostProcessor OPERATOR = user("vanhanh").roles("OPERATOR");
    private static final String INBOX_FILE = "bao-cao-hong.xlsx";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DashboardCommands commands;
    @Autowired
    private RunLock lock;

    @BeforeEach
    void data() throws IOException {
        new DashboardTestData(jdbc, commands).reset();
        Files.writeString(DashboardTestData.inputFolder(jdbc).resolve(INBOX_FILE), "không phải tệp Excel");
    }

    @Test
    void operatorRunsTheCommandLinesRunInTheBackgroundAndItIsAudited() throws Exception {
        mvc.perform(post("/jobs/run").with(OPERATOR).with(csrf()))
                .andExpect(redirectedUrl("/jobs")).andExpect(flash().attribute("message", "jobs.started"));

        await().atMost(Duration.ofMinutes(2)).until(() -> jobsPage().contains("đã kết thúc"));

        // the file is no workbook: it is rejected (SUBMISSION-FORMAT 3.7, the agency is told why), the run ends well
        long id = jdbc.sql("SELECT id FROM pipeline_run").query(Long.class).single();
        assertThat(jdbc.sql("SELECT command || ' / ' || outcome FROM pipeline_run").query(String.class).single())
                .isEqualTo("run / 1 tệp: 0 chấp nhận, 1 bị từ chối, 0 trùng lặp");
        assertThat(jobsPage()).contains("Lần chạy do vanhanh bắt đầu lúc").contains(INBOX_FILE)
                .doesNotContain("/jobs/" + id + "/restart");
        assertThat(jdbc.sql("SELECT action || ' ' || detail FROM audit_log WHERE username = 'vanhanh'")
                .query(String.class).list()).containsExactly("RUN_STARTED run");
        assertThat(lockIsFree()).isTrue();
    }

    @Test
    void whileAnotherRunHoldsTheLockThePageSaysSinceWhenAndNothingStarts() throws Exception {
        RunLock.Attempt other = lock.tryAcquire();
        try (RunLock.Held held = other.held()) {
            mvc.perform(post("/jobs/run").with(OPERATOR).with(csrf()))
                    .andExpect(redirectedUrl("/jobs"))
                    .andExpect(flash().attribute("refusal", matchesPattern(
                            "Một lần chạy khác đang diễn ra \\(từ \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d\\); lần này không"
                                    + " làm gì\\..*")));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM pipeline_run").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log").query(Integer.class).single()).isZero();
        assertThat(Path.of(DashboardTest.INPUT, "inbox", INBOX_FILE)).isRegularFile();
    }

    @Test
    void onlyAFailedRunIsRestarted() throws Exception {
        long completed = run("2 tệp: 2 chấp nhận", 0);
        long failed = run("thất bại: mất kết nối cơ sở dữ liệu", 0);

        mvc.perform(get("/jobs").with(OPERATOR)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/jobs/" + failed + "/restart")))
                .andExpect(content().string(not(containsString("/jobs/" + completed + "/restart"))));
        mvc.perform(post("/jobs/" + completed + "/restart").with(OPERATOR).with(csrf()))
                .andExpect(flash().attribute("message", "jobs.notRestartable"));
        mvc.perform(post("/jobs/" + failed + "/restart").with(OPERATOR).with(csrf()))
                .andExpect(flash().attribute("message", "jobs.started"));

        await().atMost(Duration.ofMinutes(2)).until(() -> jobsPage().contains("đã kết thúc"));
        assertThat(jdbc.sql("SELECT action || ' ' || detail FROM audit_log").query(String.class).list())
                .containsExactly("RUN_STARTED restart #" + failed);
    }

    @Test
    void aViewerIsRefusedAndWithoutTheTokenNothingStarts() throws Exception {
        mvc.perform(post("/jobs/run").with(user("xem").roles("VIEWER")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/jobs/1/restart").with(user("xem").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/jobs/run").with(OPERATOR)).andExpect(status().isForbidden());
        mvc.perform(get("/jobs").with(user("xem").roles("VIEWER")))
                .andExpect(content().string(not(containsString("Chạy ngay"))));
        assertThat(jdbc.sql("SELECT count(*) FROM pipeline_run").query(Integer.class).single()).isZero();
    }

    private long run(String outcome, int failedFiles) {
        return jdbc.sql("""
                INSERT INTO pipeline_run (command, started_at, finished_at, outcome, failed)
                VALUES ('run', now(), now(), ?, ?) RETURNING id""").params(outcome, failedFiles)
                .query(Long.class).single();
    }

    private String jobsPage() throws Exception {
        return mvc.perform(get("/jobs").with(OPERATOR)).andReturn().getResponse().getContentAsString();
    }

    private boolean lockIsFree() {
        RunLock.Attempt attempt = lock.tryAcquire();
        if (attempt.acquired()) {
            attempt.held().close();
        }
        return attempt.acquired();
    }
}
