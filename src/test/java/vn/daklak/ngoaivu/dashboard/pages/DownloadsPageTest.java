package vn.daklak.ngoaivu.dashboard.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.FileSystemUtils;
import vn.daklak.ngoaivu.dashboard.DashboardCommands;
import vn.daklak.ngoaivu.dashboard.DashboardTest;
import vn.daklak.ngoaivu.dashboard.DashboardTestData;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.ReportService;

/** Tải về: report files by their listed name only, feedback files by submission id to operators only. */
@DashboardTest
class DownloadsPageTest {

    private static final RequestPostProcessor VIEWER = user("xem").roles("VIEWER");
    private static final RequestPostProcessor OPERATOR = user("vanhanh").roles("OPERATOR");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DashboardCommands commands;
    @Autowired
    private ReportService reports;

    @BeforeEach
    void data() throws Exception {
        new DashboardTestData(jdbc, commands).reset().province();
        FileSystemUtils.deleteRecursively(Path.of(DashboardTest.OUTPUT));
    }

    @Test
    void reportFilesAreServedByTheirListedNameOnly() throws Exception {
        reports.rebuild(2024, Period.YEAR, Path.of(DashboardTest.OUTPUT));

        mvc.perform(get("/downloads").param("year", "2024").param("period", "YEAR").with(VIEWER))
                .andExpect(content().string(containsString("summary.json")))
                .andExpect(content().string(containsString("exports/")));
        mvc.perform(get("/downloads/file").param("year", "2024").param("period", "YEAR").param("name", "summary.json")
                        .with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(containsString("\"year\" : 2024")));
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'REPORT_DOWNLOADED' AND username = 'xem'")
                .query(String.class).list()).containsExactly("2024 YEAR summary.json");

        for (String forged : List.of("../../../../../../etc/passwd", "../H1/summary.json", "/etc/passwd",
                "exports/../summary.json", "charts")) {
            mvc.perform(get("/downloads/file").param("year", "2024").param("period", "YEAR").param("name", forged)
                    .with(VIEWER)).andExpect(status().isNotFound());
        }
    }

    @Test
    void feedbackIsServedByTheSubmissionsIdToOperatorsOnly() throws Exception {
        long stc = jdbc.sql("SELECT id FROM submission WHERE agency_code = 'STC'").query(Long.class).single();
        Path feedback = Path.of(DashboardTest.OUTPUT, "feedback/2024/YEAR/STC/STC.xlsx.ket-qua.xlsx");
        Files.createDirectories(feedback.getParent());
        Files.writeString(feedback, "phản hồi");

        mvc.perform(get("/feedback/" + stc).with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(get("/feedback/" + stc).with(OPERATOR)).andExpect(status().isOk())
                .andExpect(content().bytes("phản hồi".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        mvc.perform(get("/feedback/999999").with(OPERATOR)).andExpect(status().isNotFound());
        mvc.perform(get("/feedback/..%2F..%2Fetc%2Fpasswd").with(OPERATOR)).andExpect(status().is4xxClientError());

        jdbc.sql("UPDATE submission SET feedback_path = '../../../../etc/passwd' WHERE id = ?").param(stc).update();
        mvc.perform(get("/feedback/" + stc).with(OPERATOR)).andExpect(status().isNotFound());
    }
}
