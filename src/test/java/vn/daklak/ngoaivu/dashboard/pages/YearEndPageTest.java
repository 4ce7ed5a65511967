package vn.daklak.ngoaivu.dashboard.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.daklak.ngoaivu.dashboard.DashboardCommands;
import vn.daklak.ngoaivu.dashboard.DashboardTest;
import vn.daklak.ngoaivu.dashboard.DashboardTestData;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.ReportService;

/**
 * Phân tích cuối năm across the 2025 reorganisation: Sở KH&amp;ĐT (2024) merged into Sở Tài chính (2025). The figures
 * are worked out by hand from {@link DashboardTestData#province()} and {@link DashboardTestData#merger()}.
 */
@DashboardTest
class YearEndPageTest {

    private static final RequestPostProcessor VIEWER = user("xem").roles("VIEWER");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DashboardCommands commands;
    @Autowired
    private ReportService reports;

    @BeforeEach
    void data() {
        new DashboardTestData(jdbc, commands).reset().province().merger();
    }

    /*
     * 2025: reports due are the 6-month and the annual one (none sent for H1); SKHDT's are its successor's to send.
     * STC 1/2 on time, 2 of 3 tasks done, 1 event, 180 of 200 million spent. SNGV 0/2 (late), 1 of 1 task, 2 events.
     * 2024 carried to the same lines: STC with SKHDT 1/3 on time (STC's H1 and rejected annual report, SKHDT's
     * annual on time), 1 rejected file, 1 of 2 tasks, 2 events, 50 of 100 million; SNGV 1/2, 1 of 1, 3 events,
     * 600 of 800 million; SVH 0/2, 0 of 1 task, 1 event.
     */
    @Test
    void successorCarriesItsPredecessorsYearWithRankAndChange() throws Exception {
        String csv = mvc.perform(get("/year-end").param("year", "2025").param("period", "YEAR").param("format", "csv")
                        .with(VIEWER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv.lines().toList()).containsExactly(
                "\uFEFFMã,Cơ quan,Gồm số liệu của,"
                        + "Nộp báo cáo,Nộp báo cáo · Hạng,Nộp báo cáo · Năm 2024,Nộp báo cáo · Thay đổi,"
                        + "Tệp bị từ chối,Tệp bị từ chối · Hạng,Tệp bị từ chối · Năm 2024,Tệp bị từ chối · Thay đổi,"
                        + "Nhiệm vụ hoàn thành,Nhiệm vụ hoàn thành · Hạng,Nhiệm vụ hoàn thành · Năm 2024,"
                        + "Nhiệm vụ hoàn thành · Thay đổi,"
                        + "Hoạt động,Hoạt động · Hạng,Hoạt động · Năm 2024,Hoạt động · Thay đổi,"
                        + "Tỷ lệ giải ngân,Tỷ lệ giải ngân · Hạng,Tỷ lệ giải ngân · Năm 2024,Tỷ lệ giải ngân · Thay đổi",
                "HOSTILE,<script>alert('x')</script> Sở Thử,,\"0,0%\",2,\"0,0%\",\"0,0 điểm %\",0,1,0,0,,,,,"
                        + "0,3,0,0,,,,",
                "SNGV,Sở Ngoại vụ,,\"0,0%\",2,\"50,0%\",\"−50,0 điểm %\",0,1,0,0,\"100,0%\",1,\"100,0%\","
                        + "\"0,0 điểm %\",2,1,3,−1,,,\"75,0%\",",
                "STC,Sở Tài chính,Sở Kế hoạch và Đầu tư,\"50,0%\",1,\"33,3%\",\"'+16,7 điểm %\",0,1,1,−1,"
                        + "\"66,7%\",2,\"50,0%\",\"'+16,7 điểm %\",1,2,2,−1,\"90,0%\",1,\"50,0%\",\"'+40,0 điểm %\"",
                "SVH,\"Sở Văn hóa, Thể thao và Du lịch\",,\"0,0%\",2,\"0,0%\",\"0,0 điểm %\",0,1,0,0,,,\"0,0%\",,"
                        + "0,3,1,−1,,,,");
    }

    @Test
    void pageShowsTheScorecardTheMergerAndTheYearCharts() throws Exception {
        String page = mvc.perform(get("/year-end").param("year", "2025").param("period", "YEAR").with(VIEWER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Bảng đánh giá kết quả thực hiện kế hoạch của các cơ quan năm 2025")
                .contains("gồm số liệu của Sở Kế hoạch và Đầu tư")
                .contains("Số liệu của Sở Kế hoạch và Đầu tư (đến 28/02/2025) được tính cho Sở Tài chính.")
                .contains("<td class=\"num change up\">+16,7 điểm %</td>")
                .contains("<svg role=\"img\" aria-label=\"So sánh kết quả qua các năm")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Sở Thử")
                .doesNotContain("<script>alert");
    }

    @Test
    @SuppressWarnings("unchecked")
    void scorecardAddsUpToTheFiguresOfSummaryJson() throws Exception {
        JsonNode summary = new ObjectMapper().readTree(reports.rebuild(2024, Period.YEAR, Path.of(DashboardTest.OUTPUT))
                .resolve("summary.json").toFile());
        List<Scorecard.Line> lines = (List<Scorecard.Line>) mvc.perform(get("/year-end").param("year", "2024")
                        .with(VIEWER)).andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("lines");

        // in 2024 Sở KH&ĐT still exists: its own line, not yet its successor's
        assertThat(lines).extracting(Scorecard.Line::code).containsExactly("HOSTILE", "SKHDT", "SNGV", "STC", "SVH");
        assertThat((long) lines.size()).isEqualTo(summary.at("/submissions/expected").asLong());
        assertThat(lines.stream().mapToLong(l -> l.events().value().longValue()).sum())
                .isEqualTo(summary.at("/events/total").asLong()).isEqualTo(6);
        assertThat(lines.stream().mapToLong(l -> l.rejectedFiles().value().longValue()).sum()).isEqualTo(1);
    }
}
