package vn.daklak.ngoaivu.dashboard.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.dashboard.DashboardTest;
import vn.daklak.ngoaivu.dashboard.DashboardTestData;

/** Cơ quan: one agency across periods and years. */
@DashboardTest
class AgencyPageTest extends ProvincePageTest {

    @Test
    void agencyPageFollowsOneAgencyAcrossPeriodsAndYears() throws Exception {
        List<?> lines = (List<?>) mvc.perform(get("/agencies").param("agency", "SNGV").param("year", "2024")
                        .param("period", "YEAR").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Sở Ngoại vụ</h1>")))
                .andExpect(content().string(containsString("75,0%")))
                .andReturn().getModelAndView().getModel().get("lines");

        assertThat(lines).extracting(Object::toString).containsExactly(
                "PeriodLine[year=2024, period=H1, state=MISSING, tasksDone=0, tasksReported=0, events=0, abroad=0,"
                        + " money=MoneyTotals[estimate=0, allocated=0, spent=0]]",
                "PeriodLine[year=2024, period=YEAR, state=ON_TIME, tasksDone=1, tasksReported=1, events=3, abroad=1,"
                        + " money=MoneyTotals[estimate=900000000, allocated=800000000, spent=600000000]]",
                "PeriodLine[year=2023, period=H1, state=MISSING, tasksDone=0, tasksReported=0, events=0, abroad=0,"
                        + " money=MoneyTotals[estimate=0, allocated=0, spent=0]]",
                "PeriodLine[year=2023, period=YEAR, state=ON_TIME, tasksDone=0, tasksReported=0, events=1, abroad=0,"
                        + " money=MoneyTotals[estimate=0, allocated=0, spent=0]]");
    }

    @Test
    void theAgencysRowsOfThePeriodAreRenderedOnceAndEscaped() throws Exception {
        jdbc.sql("UPDATE event SET name = ? WHERE name = 'Hoạt động 2'")
                .param(DashboardTestData.HOSTILE_VALUE).update();
        for (String lang : List.of("vi", "en", "vi")) {   // the second Vietnamese request is served from the cache
            mvc.perform(get("/agencies").param("agency", "SNGV").param("year", "2024").param("period", "YEAR")
                            .param("lang", lang).with(VIEWER))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<td>&lt;img src=x onerror=alert(1)&gt;</td>")))
                    .andExpect(content().string(not(containsString("<img src=x"))))
                    .andExpect(content().string(containsString(lang.equals("en") ? "State budget" : "Ngân sách nhà nước")));
        }
    }
}
