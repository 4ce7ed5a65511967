package vn.daklak.ngoaivu.dashboard.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.daklak.ngoaivu.dashboard.DashboardCommands;
import vn.daklak.ngoaivu.dashboard.DashboardTest;
import vn.daklak.ngoaivu.dashboard.DashboardTestData;

/** Tổng quan: the briefing charts drawn on the server from the period's figures, inline, and as PNG to download. */
@DashboardTest
class OverviewPageTest {

    private static final RequestPostProcessor VIEWER = user("xem").roles("VIEWER");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DashboardCommands commands;

    @BeforeEach
    void data() {
        new DashboardTestData(jdbc, commands).reset().province();
    }

    @Test
    void chartsAreInlineSvgWithEachValueInItsTooltip() throws Exception {
        String page = overview();

        assertThat(page).contains("<svg role=\"img\" aria-label=\"Tình hình nộp báo cáo của các cơ quan năm 2024\"")
                .contains("<svg role=\"img\" aria-label=\"Tình trạng thực hiện nhiệm vụ năm 2024\"")
                .contains("<title>Đúng hạn · Số cơ quan: 1</title>")
                .contains("<title>Trễ hạn · Số cơ quan: 1</title>")
                .contains("<title>Hoàn thành: 1 (50%)</title>")
                .contains("<title>Đang thực hiện: 1 (50%)</title>")
                .contains("href=\"/charts/trang-thai-nhiem-vu.png?year=2024&amp;period=YEAR\"")
                // a strict Content-Security-Policy ignores style attributes: the charts carry none
                .doesNotContain("style=").doesNotContain("<img");
        assertThat(page.split("<svg role=\"img\"", -1)).hasSize(OverviewPage.CHARTS.size() + 1);
    }

    @Test
    void aNewAcceptedFileRedrawsTheCharts() throws Exception {
        assertThat(overview()).contains("<title>Đúng hạn · Số cơ quan: 1</title>");

        long id = jdbc.sql("INSERT INTO submission (sha256, file_name, file_size, received_at, ingested_at,"
                + " agency_code, year, period, status, is_current, stored_path) VALUES (repeat('e', 64), 'HOSTILE.xlsx',"
                + " 1000, TIMESTAMPTZ '2024-12-19T08:00:00+07:00', now(), 'HOSTILE', 2024, 'YEAR', 'ACCEPTED', true,"
                + " 'archive/HOSTILE.xlsx') RETURNING id").query(Long.class).single();

        assertThat(id).isPositive();
        assertThat(overview()).contains("<title>Đúng hạn · Số cơ quan: 2</title>")
                .doesNotContain("<title>Đúng hạn · Số cơ quan: 1</title>");
    }

    @Test
    void pngIsTheSlideSizedChartAndOnlyAChartThePeriodHas() throws Exception {
        byte[] png = mvc.perform(get("/charts/trang-thai-nhiem-vu.png").param("year", "2024").param("period", "YEAR")
                        .with(VIEWER))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"trang-thai-nhiem-vu-2024-YEAR.png\""))
                .andReturn().getResponse().getContentAsByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(900);
        mvc.perform(get("/charts/summary.png").param("year", "2024").param("period", "YEAR").with(VIEWER))
                .andExpect(status().isNotFound());
        mvc.perform(get("/charts/..%2Fsummary.png").param("year", "2024").param("period", "YEAR").with(VIEWER))
                .andExpect(status().is4xxClientError());
    }

    private String overview() throws Exception {
        return mvc.perform(get("/").param("year", "2024").param("period", "YEAR").with(VIEWER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
