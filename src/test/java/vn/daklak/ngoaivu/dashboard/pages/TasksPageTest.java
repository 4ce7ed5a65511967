package vn.daklak.ngoaivu.dashboard.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
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

/** Nhiệm vụ: overdue tasks first, each agency's report. */
@DashboardTest
class TasksPageTest {

    private static final RequestPostProcessor VIEWER = user("xem").roles("VIEWER");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DashboardCommands commands;

    @BeforeEach
    void data() throws Exception {
        new DashboardTestData(jdbc, commands).reset().province();
        FileSystemUtils.deleteRecursively(Path.of(DashboardTest.OUTPUT));
    }

    @Test
    void tasksPutOverdueFirstWithEachAgencysReport() throws Exception {
        String page = mvc.perform(get("/tasks").param("year", "2024").param("period", "YEAR").with(VIEWER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page.indexOf("Tuần văn hóa tại Nam Lào")).isLessThan(page.indexOf("Đoàn nghệ thuật tại Jeonbuk"));
        assertThat(page).contains("Quá hạn").contains("Sở Văn hóa, Thể thao và Du lịch; Sở Tài chính")
                .contains("Đã tổ chức 3 buổi biểu diễn").contains("31/10/2025");
    }
}
