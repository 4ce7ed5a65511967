package vn.daklak.ngoaivu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.daklak.ngoaivu.dashboard.pages.KeyFigure;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.ReportService;

@DashboardTest
class OverviewFiguresTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DashboardCommands commands;
    @Autowired
    private ReportService reports;
    @TempDir
    private Path output;

    @BeforeEach
    void data() {
        new DashboardTestData(jdbc, commands).reset().province();
    }

    @Test
    void tilesEqualTheFiguresOfSummaryJsonForTheSamePeriod() throws Exception {
        JsonNode summary = new ObjectMapper().readTree(reports.rebuild(2024, Period.YEAR, output)
                .resolve("summary.json").toFile());

        Map<String, KeyFigure> tiles = tiles("/?year=2024&period=YEAR");

        assertThat(tiles.get("tile.reports").value()).isEqualTo(summary.at("/submissions/accepted").asLong()).isEqualTo(2);
        assertThat(tiles.get("tile.reports").of()).isEqualTo(summary.at("/submissions/expected").asLong()).isEqualTo(4);
        assertThat(tiles.get("tile.tasksDone").value()).isEqualTo(summary.at("/tasks/byStatus/DONE").asLong());
        assertThat(tiles.get("tile.tasksDone").of()).isEqualTo(summary.at("/tasks/reported").asLong());
        assertThat(tiles.get("tile.events").value()).isEqualTo(summary.at("/events/total").asLong()).isEqualTo(4);
        assertThat(tiles.get("tile.eventsAbroad").value()).isEqualTo(summary.at("/events/abroad").asLong()).isEqualTo(1);
        assertThat(tiles.get("tile.foreignGuests").value()).isEqualTo(summary.at("/events/foreignGuests").asLong())
                .isEqualTo(30);
        assertThat(tiles.get("tile.spent").value()).isEqualTo(summary.at("/spending/total/spent").asLong())
                .isEqualTo(600_000_000L);
        assertThat(tiles.get("tile.spent").of()).isEqualTo(summary.at("/spending/total/allocated").asLong())
                .isEqualTo(800_000_000L);
    }

    @Test
    void changesAreAgainstTheSamePeriodOfThePreviousYear() throws Exception {
        Map<String, KeyFigure> tiles = tiles("/?year=2024&period=YEAR");

        // 2023 YEAR: one accepted report (SNGV, on time) with one event in Việt Nam and 5 foreign guests
        assertThat(tiles.get("tile.reports").change()).isEqualTo(1);
        assertThat(tiles.get("tile.onTime").change()).isEqualTo(0);
        assertThat(tiles.get("tile.events").change()).isEqualTo(3);
        assertThat(tiles.get("tile.foreignGuests").change()).isEqualTo(25);
        assertThat(tiles("/?year=2023&period=YEAR").get("tile.events").change()).isNull();
    }

    @Test
    void aNewAcceptedFileShowsOnTheNextRequest() throws Exception {
        assertThat(tiles("/?year=2024&period=YEAR").get("tile.reports").value()).isEqualTo(2);

        jdbc.sql("""
                INSERT INTO submission (sha256, file_name, file_size, received_at, agency_code, year, period, status,
                                        is_current, stored_path)
                VALUES (repeat('e', 64), 'STC-v3.xlsx', 1000, '2024-12-30T08:00:00+07:00', 'STC', 2024, 'YEAR',
                        'ACCEPTED', true, 'archive/STC-v3.xlsx')""").update();

        assertThat(tiles("/?year=2024&period=YEAR").get("tile.reports").value()).isEqualTo(3);
    }

    @Test
    void figuresAreWrittenTheVietnameseWay() throws Exception {
        mvc.perform(get("/").param("year", "2024").param("period", "YEAR").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("600.000.000 đồng")))
                .andExpect(content().string(containsString("Tỷ lệ giải ngân 75,0%")))
                .andExpect(content().string(containsString("Số liệu từ 15/12/2023 đến 14/12/2024")))
                .andExpect(content().string(containsString("Tổng quan Cả năm 2024")));
    }

    @Test
    void agencyTextIsEscaped() throws Exception {
        mvc.perform(get("/").param("year", "2024").param("period", "YEAR").with(user("v").roles("VIEWER")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Sở Thử")))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void englishSwitchTranslatesThePageButKeepsTheView() throws Exception {
        mvc.perform(get("/").param("year", "2024").param("period", "H1").param("lang", "en")
                        .with(user("v").roles("VIEWER")))
                .andExpect(content().string(containsString("Overview: First half 2024")))
                .andExpect(content().string(containsString("Reports received / expected")))
                .andExpect(content().string(containsString("href=\"/?lang=vi&amp;year=2024&amp;period=H1\"")));
    }

    @SuppressWarnings("unchecked")
    private Map<String, KeyFigure> tiles(String url) throws Exception {
        List<KeyFigure> tiles = (List<KeyFigure>) mvc.perform(get(url).with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("tiles");
        return tiles.stream().collect(Collectors.toMap(KeyFigure::label, Function.identity()));
    }
}
