package vn.daklak.ngoaivu.dashboard.pages;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.FileSystemUtils;
import vn.daklak.ngoaivu.dashboard.DashboardCommands;
import vn.daklak.ngoaivu.dashboard.DashboardTest;
import vn.daklak.ngoaivu.dashboard.DashboardTestData;

/** What every page test on the sample province starts from: a signed-in viewer and the province's data, no output. */
abstract class ProvincePageTest {

    static final RequestPostProcessor VIEWER = user("xem").roles("VIEWER");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DashboardCommands commands;

    @BeforeEach
    void data() throws Exception {
        new DashboardTestData(jdbc, commands).reset().province();
        FileSystemUtils.deleteRecursively(Path.of(DashboardTest.OUTPUT));
    }
}
