package vn.daklak.ngoaivu.dashboard.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.dashboard.DashboardTest;

/**
 * The charts' own words (title, axis and series names, country names, "no data") follow the English switch; the
 * Vietnamese page keeps the reports' text: the title (aria-label), each bar's tooltip (category · series: value) and
 * the axis text drawn as SVG text.
 */
@DashboardTest
class ChartLanguageTest extends ProvincePageTest {

    @Test
    void englishPageDrawsEnglishChartText() throws Exception {
        mvc.perform(get("/events?year=2024&period=YEAR&lang=en").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-label=\"Events by country — Full year 2024\"")))
                .andExpect(content().string(containsString("<title>Laos · Events: 1</title>")))
                .andExpect(content().string(containsString("<title>10/2024 · Events: 1</title>")))
                .andExpect(content().string(containsString(">Country</text>")))
                .andExpect(content().string(not(containsString("Số hoạt động, sự kiện"))));
        mvc.perform(get("/spending?year=2024&period=YEAR").cookie(new Cookie("ngvh-lang", "en")).with(VIEWER))
                .andExpect(content().string(containsString("<title>State budget · Allocated: 800</title>")));

        // the same charts, cached, stay Vietnamese for a Vietnamese reader
        mvc.perform(get("/events?year=2024&period=YEAR").with(VIEWER))
                .andExpect(content().string(containsString(
                        "aria-label=\"Hoạt động, sự kiện theo quốc gia diễn ra năm 2024\"")))
                .andExpect(content().string(containsString("<title>Lào · Số hoạt động, sự kiện: 1</title>")))
                .andExpect(content().string(not(containsString("Events by country"))));
    }

    @Test
    void pngDownloadIsDrawnInTheReadersLanguage() throws Exception {
        byte[] vietnamese = png("vi");
        byte[] english = png("en");
        assertThat(english).isNotEqualTo(vietnamese);
        assertThat(png("vi")).isEqualTo(vietnamese);
    }

    private byte[] png(String language) throws Exception {
        return mvc.perform(get("/charts/su-kien-theo-quoc-gia.png?year=2024&period=YEAR")
                        .cookie(new Cookie("ngvh-lang", language)).with(VIEWER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void aLanguageTheBundlesDoNotHoldReadsAsVietnamese() throws Exception {
        mvc.perform(get("/events?year=2024&period=YEAR&lang=fr").with(VIEWER))
                .andExpect(content().string(containsString("<title>Lào · Số hoạt động, sự kiện: 1</title>")))
                .andExpect(content().string(containsString("lang=\"vi")));
        mvc.perform(get("/events?year=2024&period=YEAR").cookie(new Cookie("ngvh-lang", "de-DE")).with(VIEWER))
                .andExpect(content().string(containsString("<title>Lào · Số hoạt động, sự kiện: 1</title>")));
    }
}
