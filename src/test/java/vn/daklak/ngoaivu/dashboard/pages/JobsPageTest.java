package vn.daklak.ngoaivu.dashboard.pages;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

/** Tác vụ: the history of runs. */
@DashboardTest
class JobsPageTest {

    private static final RequestPostProcessor VIEWER = user("xem").roles("VIEWER");
    private static final RequestPostProcessor OPERATOR = user("vanhanh").roles("OPERATOR");

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
    void jobsPageListsRunsInVietnamTime() throws Exception {
        mvc.perform(get("/jobs").with(VIEWER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("22/12/2024 01:00")))
                .andExpect(content().string(containsString("125 giây")))
                .andExpect(content().string(not(containsString("Chạy ngay"))));
        mvc.perform(get("/jobs").with(OPERATOR))
                .andExpect(content().string(containsString("Chạy ngay")));
    }
}
