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

/** Hoạt động: filters, sort and pages in the URL, the event charts. */
@DashboardTest
class EventsPageTest extends ProvincePageTest {

    @Test
    void eventsAreFilteredSortedAndPagedAsTheUrlSays() throws Exception {
        assertThat(eventNames("/events?year=2024&period=YEAR"))
                .containsExactly("Hoạt động 1", "Hoạt động 2", "Hoạt động 3", "Hoạt động 1");
        assertThat(eventNames("/events?year=2024&period=YEAR&sort=date&desc=true"))
                .containsExactly("Hoạt động 1", "Hoạt động 3", "Hoạt động 2", "Hoạt động 1");
        assertThat(eventNames("/events?year=2024&period=YEAR&country=LA")).containsExactly("Hoạt động 2");
        assertThat(eventNames("/events?year=2024&period=YEAR&agency=SVH&month=2024-10")).containsExactly("Hoạt động 1");
        assertThat(eventNames("/events?year=2024&period=YEAR&month=2024-01")).isEmpty();
        assertThat(eventNames("/events?year=2024&period=YEAR&page=9&sort=nonsense")).hasSize(4);

        mvc.perform(get("/events").param("year", "2024").param("period", "YEAR").param("country", "LA")
                        .with(VIEWER))
                .andExpect(content().string(containsString("1 hoạt động · trang 1/1")))
                .andExpect(content().string(containsString("<td>Lào</td>")))
                // the sort links keep the filter and the view
                .andExpect(content().string(containsString(
                        "href=\"/events?year=2024&amp;period=YEAR&amp;country=LA&amp;sort=date&amp;desc=true\"")))
                // the charts are the period's, whatever the table's filter
                .andExpect(content().string(containsString("<title>Việt Nam · Số hoạt động, sự kiện: 3</title>")))
                .andExpect(content().string(containsString("<title>Lào · Số hoạt động, sự kiện: 1</title>")))
                .andExpect(content().string(containsString("<title>10/2024 · Số hoạt động, sự kiện: 1</title>")))
                .andExpect(content().string(containsString(
                        "aria-label=\"Hoạt động, sự kiện theo địa phương đối tác năm 2024\"")));
    }

    @Test
    void anEventsTextFromTheWorkbookIsEscapedInTheRowsRenderedOnce() throws Exception {
        jdbc.sql("UPDATE event SET name = ? WHERE name = 'Hoạt động 2'")
                .param(DashboardTestData.HOSTILE_VALUE).update();
        for (String lang : List.of("vi", "en")) {   // rendered once per language, escaped in each
            mvc.perform(get("/events").param("year", "2024").param("period", "YEAR").param("lang", lang)
                            .with(VIEWER))
                    .andExpect(content().string(containsString("<td>&lt;img src=x onerror=alert(1)&gt;</td>")))
                    .andExpect(content().string(not(containsString("<img src=x"))));
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> eventNames(String url) throws Exception {
        List<vn.daklak.ngoaivu.report.EventFigure> rows = (List<vn.daklak.ngoaivu.report.EventFigure>) mvc
                .perform(get(url).with(VIEWER)).andExpect(status().isOk()).andReturn().getModelAndView().getModel()
                .get("rows");
        return rows.stream().map(vn.daklak.ngoaivu.report.EventFigure::name).toList();
    }
}
