package vn.daklak.ngoaivu.dashboard.pages;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.daklak.ngoaivu.dashboard.DashboardTest;

/** Tác vụ: the history of runs. */
@DashboardTest
class JobsPageTest extends ProvincePageTest {

    private static final RequestPostProcessor OPERATOR = user("vanhanh").roles("OPERATOR");

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
