package vn.daklak.ngoaivu.dashboard.pages;

import static org.hamcrest.Matchers.containsString;
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

/** Kinh phí: by source and agency, the execution rate, the spending charts. */
@DashboardTest
class SpendingPageTest {

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
    void spendingShowsEstimateAllocatedSpentAndTheRate() throws Exception {
        mvc.perform(get("/spending").param("year", "2024").param("period", "YEAR").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Đã chi 600.000.000 đồng trên 800.000.000 đồng được giao; tỷ lệ giải ngân 75,0%.")))
                .andExpect(content().string(containsString("900.000.000 đồng")));
    }
}
