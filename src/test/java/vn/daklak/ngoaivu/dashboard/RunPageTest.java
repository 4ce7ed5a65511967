package vn.daklak.ngoaivu.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Tác vụ: a run's row opens the run, its summary line and each file's outcome (pipeline_run_file). */
@DashboardTest
class RunPageTest {

    private static final RequestPostProcessor VIEWER = user("xem").roles("VIEWER");
    private static final String SHA = "4bd77a00b5df2c76bba41e35e4399f7f85897a2b35c18aee84ae7619ea874928";
    private static final String SUMMARY = "Tổng kết: đã xem 3 tệp — 1 chấp nhận, 1 bị từ chối, 0 trùng lặp, 1 lỗi xử lý,"
            + " 0 để lại lần sau; 1.250 dòng dữ liệu; 4,5 giây.";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DashboardCommands commands;

    private long run;

    @BeforeEach
    void data() {
        new DashboardTestData(jdbc, commands).reset();
        run = jdbc.sql("""
                INSERT INTO pipeline_run (command, started_at, finished_at, files, accepted, rejected, failed, outcome,
                    data_rows, duration_ms, summary)
                VALUES ('run', '2024-12-22T02:00:00+07:00', '2024-12-22T02:00:05+07:00', 3, 1, 1, 1, 'xong', 1250,
                    4500, ?) RETURNING id""").param(SUMMARY).query(Long.class).single();
        file(1, "SNGV-2024-YEAR.xlsx", SHA, "SNGV", 2024, "YEAR", "ACCEPTED", 0, 2, 1250, "lưu tại archive/2024/YEAR/SNGV");
        file(2, DashboardTestData.HOSTILE_VALUE + ".xlsx", null, null, null, null, "REJECTED", 1, 0, 0,
                "chuyển vào archive/bi-tu-choi");
        file(3, "hong.xlsx", null, null, null, null, "FAILED", 0, 0, 0, "để lại trong inbox");
    }

    @Test
    void aRunsRowOpensItsFilesWithTheirOutcomes() throws Exception {
        mvc.perform(get("/jobs").with(VIEWER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/jobs/" + run + "?")))
                .andExpect(content().string(containsString("1.250")));

        mvc.perform(get("/jobs/" + run).with(VIEWER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lần chạy số " + run + " (lệnh run), bắt đầu lúc 22/12/2024 02:00")))
                .andExpect(content().string(containsString(SUMMARY)))
                .andExpect(content().string(containsString("<td>SNGV</td>")))
                .andExpect(content().string(containsString("<td>Cả năm 2024</td>")))
                .andExpect(content().string(containsString("<td>Chấp nhận</td>")))
                .andExpect(content().string(containsString("<td>Bị từ chối</td>")))
                .andExpect(content().string(containsString("<td>Lỗi xử lý (để lại trong inbox)</td>")))
                .andExpect(content().string(containsString("title=\"" + SHA + "\">" + SHA.substring(0, 12) + "<")))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;.xlsx")))
                .andExpect(content().string(not(containsString(DashboardTestData.HOSTILE_VALUE))));
    }

    @Test
    void inEnglishAndAsCsv() throws Exception {
        mvc.perform(get("/jobs/" + run).param("lang", "en").with(VIEWER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Run " + run + " (command run), started at 22/12/2024 02:00")))
                .andExpect(content().string(containsString("<td>Processing error (left in the inbox)</td>")));
        mvc.perform(get("/jobs/" + run).param("format", "csv").with(VIEWER)).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "SNGV-2024-YEAR.xlsx,SNGV,2024,Cả năm,Chấp nhận,0,2,1250,lưu tại archive/2024/YEAR/SNGV," + SHA)));
    }

    @Test
    void anUnknownRunIsNotFoundAndTheAnonymousAreSentToSignIn() throws Exception {
        mvc.perform(get("/jobs/999999").with(VIEWER)).andExpect(status().isNotFound());
        mvc.perform(get("/jobs/" + run)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    private void file(int position, String name, String sha, String agency, Integer year, String period,
                      String outcome, int errors, int warnings, long rows, String message) {
        jdbc.sql("""
                INSERT INTO pipeline_run_file (run_id, position, file_name, sha256, agency_code, year, period, outcome,
                    errors, warnings, data_rows, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(run, position, name, sha, agency, year, period, outcome, errors, warnings, rows, message)
                .update();
    }
}
