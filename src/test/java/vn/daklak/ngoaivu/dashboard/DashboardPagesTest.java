package vn.daklak.ngoaivu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.FileSystemUtils;
import vn.daklak.ngoaivu.dashboard.pages.GridCell;
import vn.daklak.ngoaivu.dashboard.pages.GridRow;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.ReportService;

@DashboardTest
class DashboardPagesTest {

    private static final RequestPostProcessor VIEWER = user("xem").roles("VIEWER");
    private static final RequestPostProcessor OPERATOR = user("vanhanh").roles("OPERATOR");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DashboardCommands commands;
    @Autowired
    private ReportService reports;

    @BeforeEach
    void data() throws Exception {
        new DashboardTestData(jdbc, commands).reset().province();
        FileSystemUtils.deleteRecursively(Path.of(DashboardTest.OUTPUT));
    }

    @Test
    void gridShowsEachAgencysStandingPerPeriod() throws Exception {
        Map<String, Map<Period, GridCell>> grid = grid("/submissions?year=2024&period=YEAR");

        assertThat(grid.get("SNGV").get(Period.YEAR)).isEqualTo(new GridCell(GridCell.State.ON_TIME, 1, 0));
        assertThat(grid.get("SVH").get(Period.YEAR)).isEqualTo(new GridCell(GridCell.State.LATE, 1, 0));
        assertThat(grid.get("STC").get(Period.YEAR)).isEqualTo(new GridCell(GridCell.State.REJECTED, 1, 0));
        assertThat(grid.get("HOSTILE").get(Period.YEAR)).isEqualTo(new GridCell(GridCell.State.MISSING, 0, 0));
        assertThat(grid.get("SNGV").get(Period.H1).state()).isEqualTo(GridCell.State.MISSING);
    }

    @Test
    void notYetReportedFilterKeepsAgenciesWithoutAnAcceptedReportForThePeriod() throws Exception {
        assertThat(grid("/submissions?year=2024&period=YEAR&outstanding=true").keySet())
                .containsExactlyInAnyOrder("STC", "HOSTILE");
    }

    @Test
    void historyListsEveryFileWithItsProblemsEscaped() throws Exception {
        mvc.perform(get("/submissions/history").param("agency", "STC").param("year", "2024").param("period", "YEAR")
                        .with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bị từ chối")))
                .andExpect(content().string(containsString("Nhận lúc 15/12/2024 08:00 · 1 lỗi, 0 cảnh báo")))
                .andExpect(content().string(containsString("Mã nhiệm vụ &quot;NV99&quot; không có.")))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
                .andExpect(content().string(not(containsString("<img src=x"))))
                // the feedback link is for operators
                .andExpect(content().string(not(containsString("/feedback/"))));
    }

    @Test
    void reportFilesAreServedByTheirListedNameOnly() throws Exception {
        reports.rebuild(2024, Period.YEAR, Path.of(DashboardTest.OUTPUT));

        mvc.perform(get("/downloads").param("year", "2024").param("period", "YEAR").with(VIEWER))
                .andExpect(content().string(containsString("summary.json")))
                .andExpect(content().string(containsString("exports/")));
        mvc.perform(get("/downloads/file").param("year", "2024").param("period", "YEAR").param("name", "summary.json")
                        .with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(containsString("\"year\" : 2024")));
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'REPORT_DOWNLOADED' AND username = 'xem'")
                .query(String.class).list()).containsExactly("2024 YEAR summary.json");

        for (String forged : List.of("../../../../../../etc/passwd", "../H1/summary.json", "/etc/passwd",
                "exports/../summary.json", "charts")) {
            mvc.perform(get("/downloads/file").param("year", "2024").param("period", "YEAR").param("name", forged)
                    .with(VIEWER)).andExpect(status().isNotFound());
        }
    }

    @Test
    void feedbackIsServedByTheSubmissionsIdToOperatorsOnly() throws Exception {
        long stc = jdbc.sql("SELECT id FROM submission WHERE agency_code = 'STC'").query(Long.class).single();
        Path feedback = Path.of(DashboardTest.OUTPUT, "feedback/2024/YEAR/STC/STC.xlsx.ket-qua.xlsx");
        Files.createDirectories(feedback.getParent());
        Files.writeString(feedback, "phản hồi");

        mvc.perform(get("/feedback/" + stc).with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(get("/feedback/" + stc).with(OPERATOR)).andExpect(status().isOk())
                .andExpect(content().bytes("phản hồi".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        mvc.perform(get("/feedback/999999").with(OPERATOR)).andExpect(status().isNotFound());
        mvc.perform(get("/feedback/..%2F..%2Fetc%2Fpasswd").with(OPERATOR)).andExpect(status().is4xxClientError());

        jdbc.sql("UPDATE submission SET feedback_path = '../../../../etc/passwd' WHERE id = ?").param(stc).update();
        mvc.perform(get("/feedback/" + stc).with(OPERATOR)).andExpect(status().isNotFound());
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

    @Test
    void tablesExportToCsvAndXlsxWithFormulasKeptAsText() throws Exception {
        jdbc.sql("INSERT INTO agency (code, name, kind, reports, valid_from) VALUES ('EVIL',"
                + " '=HYPERLINK(\"http://evil.example\")', 'DEPARTMENT', true, DATE '2000-01-01')").update();

        byte[] csv = mvc.perform(get("/submissions").param("year", "2024").param("period", "YEAR")
                        .param("format", "csv").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("nop-bao-cao-2024.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFMã,Cơ quan,6 tháng đầu năm,Cả năm\r\n");
        assertThat(text).contains("SNGV,Sở Ngoại vụ,Chưa nộp,Đúng hạn\r\n")
                .contains("EVIL,\"'=HYPERLINK(\"\"http://evil.example\"\")\",Chưa nộp,Chưa nộp\r\n");

        byte[] xlsx = mvc.perform(get("/submissions").param("year", "2024").param("period", "YEAR")
                .param("format", "xlsx").with(VIEWER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            List<String> names = new java.util.ArrayList<>();
            sheet.forEach(row -> names.add(row.getCell(1).getStringCellValue()));
            assertThat(names).contains("Cơ quan", "'=HYPERLINK(\"http://evil.example\")", "Sở Ngoại vụ");
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        }

        mvc.perform(get("/jobs").param("format", "pdf").with(VIEWER)).andExpect(status().isBadRequest());
        mvc.perform(get("/jobs").param("format", "csv").with(VIEWER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("run,22/12/2024 01:00,22/12/2024 01:02,125,COMPLETED,4,3,1,0")));
    }

    @Test
    void overviewShowsThePeriodsChartsServedInlineFromItsReportFolder() throws Exception {
        reports.rebuild(2024, Period.YEAR, Path.of(DashboardTest.OUTPUT));

        mvc.perform(get("/").param("year", "2024").param("period", "YEAR").with(VIEWER))
                .andExpect(content().string(containsString(
                        "src=\"/charts?year=2024&amp;period=YEAR&amp;name=charts/trang-thai-nhiem-vu.svg\"")))
                .andExpect(content().string(containsString("alt=\"Tình trạng thực hiện nhiệm vụ\"")));
        mvc.perform(get("/charts").param("year", "2024").param("period", "YEAR")
                        .param("name", "charts/trang-thai-nhiem-vu.svg").with(VIEWER))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/svg+xml"))
                .andExpect(header().doesNotExist("Content-Disposition"));
        mvc.perform(get("/charts").param("year", "2024").param("period", "YEAR").param("name", "summary.json")
                .with(VIEWER)).andExpect(status().isNotFound());
    }

    @Test
    void tasksPutOverdueFirstWithEachAgencysReport() throws Exception {
        String page = mvc.perform(get("/tasks").param("year", "2024").param("period", "YEAR").with(VIEWER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page.indexOf("Tuần văn hóa tại Nam Lào")).isLessThan(page.indexOf("Đoàn nghệ thuật tại Jeonbuk"));
        assertThat(page).contains("Quá hạn").contains("Sở Văn hóa, Thể thao và Du lịch; Sở Tài chính")
                .contains("Đã tổ chức 3 buổi biểu diễn").contains("31/10/2025");
    }

    @Test
    void spendingShowsEstimateAllocatedSpentAndTheRate() throws Exception {
        mvc.perform(get("/spending").param("year", "2024").param("period", "YEAR").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Đã chi 600.000.000 đồng trên 800.000.000 đồng được giao; tỷ lệ giải ngân 75,0%.")))
                .andExpect(content().string(containsString("900.000.000 đồng")));
    }

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
                        "href=\"/events?year=2024&amp;period=YEAR&amp;country=LA&amp;sort=date&amp;desc=true\"")));
    }

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
    void yearEndScorecardRanksEachMeasureAndShowsThePreviousYear() throws Exception {
        String csv = mvc.perform(get("/year-end").param("year", "2024").param("period", "H1").param("format", "csv")
                        .with(VIEWER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(
                        java.nio.charset.StandardCharsets.UTF_8);

        assertThat(csv.lines().toList()).containsExactly(
                "\uFEFFMã,Cơ quan,Nộp báo cáo,Nộp báo cáo · Hạng,Nộp báo cáo · Năm 2023,Tệp bị từ chối,"
                        + "Tệp bị từ chối · Hạng,Tệp bị từ chối · Năm 2023,Nhiệm vụ hoàn thành,Nhiệm vụ hoàn thành · Hạng,"
                        + "Nhiệm vụ hoàn thành · Năm 2023,Hoạt động,Hoạt động · Hạng,Hoạt động · Năm 2023,"
                        + "Tỷ lệ giải ngân,Tỷ lệ giải ngân · Hạng,Tỷ lệ giải ngân · Năm 2023",
                "HOSTILE,<script>alert('x')</script> Sở Thử,Chưa có,3,Chưa có,0,1,0,,,,0,3,0,,,",
                "SNGV,Sở Ngoại vụ,Đúng hạn,1,Đúng hạn,0,1,0,\"100,0\",1,,3,1,1,\"75,0\",1,",
                "STC,Sở Tài chính,Chưa có,3,Chưa có,1,4,0,,,,0,3,0,,,",
                "SVH,\"Sở Văn hóa, Thể thao và Du lịch\",Muộn,2,Chưa có,0,1,0,\"0,0\",2,,1,2,0,,,");
        mvc.perform(get("/year-end").param("year", "2024").param("period", "YEAR").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bảng đánh giá kết quả thực hiện kế hoạch của các cơ quan năm 2024")));
    }

    @Test
    void versionDiffShowsRowsAddedRemovedAndChangedWithOldAndNewValues() throws Exception {
        long old = jdbc.sql("SELECT id FROM submission WHERE agency_code = 'SVH'").query(Long.class).single();
        long next = jdbc.sql("""
                INSERT INTO submission (sha256, file_name, file_size, received_at, agency_code, year, period, status,
                                        stored_path)
                VALUES (repeat('f', 64), 'SVH-v2.xlsx', 1000, '2024-12-23T08:00:00+07:00', 'SVH', 2024, 'YEAR',
                        'ACCEPTED', 'archive/SVH-v2.xlsx') RETURNING id""").query(Long.class).single();
        jdbc.sql("UPDATE submission SET is_current = false, superseded_by = ? WHERE id = ?").params(next, old).update();
        jdbc.sql("UPDATE submission SET is_current = true WHERE id = ?").param(next).update();
        jdbc.sql("""
                INSERT INTO event (submission_id, row_no, task_code, name, event_type, start_date, start_precision,
                                   end_date, location, country, participants, foreign_guests)
                SELECT ?, row_no + 1, task_code, name, event_type, start_date, start_precision, end_date, location,
                       country, participants, 7 FROM event WHERE submission_id = ?""").params(next, old).update();
        jdbc.sql("""
                INSERT INTO event (submission_id, row_no, task_code, name, event_type, start_date, start_precision,
                                   end_date, country) VALUES (?, 1, 'NV02', '<b>Đêm nhạc</b>', 'GIAO_LUU',
                                   DATE '2024-11-02', 'DAY', DATE '2024-11-02', 'VN')""").param(next).update();

        mvc.perform(get("/submissions/history").param("agency", "SVH").param("year", "2024").param("period", "YEAR")
                        .with(VIEWER))
                .andExpect(content().string(containsString("Đã được thay thế")))
                .andExpect(content().string(containsString("/submissions/diff?agency=SVH&amp;year=2024&amp;period=YEAR"
                        + "&amp;from=" + old + "&amp;to=" + next)));
        mvc.perform(get("/submissions/diff").param("agency", "SVH").param("year", "2024").param("period", "YEAR")
                        .param("from", Long.toString(old)).param("to", Long.toString(next)).with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>Sửa</td><td>NV01 · Hoạt động 1 · 2024-10-01</td>")))
                .andExpect(content().string(containsString("<td>Khách nước ngoài</td>\n"
                        + "          <td>0</td><td>7</td>")))
                .andExpect(content().string(containsString("<td>Thêm mới</td><td>NV02 · &lt;b&gt;Đêm nhạc&lt;/b&gt; · 2024-11-02</td>")))
                .andExpect(content().string(containsString("<td>Bỏ đi</td><td>NV02</td>")));

        // another agency's file, or a rejected one, cannot be compared through this agency
        long stc = jdbc.sql("SELECT id FROM submission WHERE agency_code = 'STC'").query(Long.class).single();
        long sngv = jdbc.sql("SELECT id FROM submission WHERE agency_code = 'SNGV' AND year = 2024").query(Long.class)
                .single();
        for (long forged : new long[] {stc, sngv, 999_999}) {
            mvc.perform(get("/submissions/diff").param("agency", "SVH").param("year", "2024").param("period", "YEAR")
                    .param("from", Long.toString(forged)).param("to", Long.toString(next)).with(VIEWER))
                    .andExpect(status().isNotFound());
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> eventNames(String url) throws Exception {
        List<vn.daklak.ngoaivu.report.EventFigure> rows = (List<vn.daklak.ngoaivu.report.EventFigure>) mvc
                .perform(get(url).with(VIEWER)).andExpect(status().isOk()).andReturn().getModelAndView().getModel()
                .get("rows");
        return rows.stream().map(vn.daklak.ngoaivu.report.EventFigure::name).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<Period, GridCell>> grid(String url) throws Exception {
        List<GridRow> rows = (List<GridRow>) mvc.perform(get(url).with(VIEWER)).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModel().get("rows");
        return rows.stream().collect(Collectors.toMap(GridRow::code, GridRow::cells));
    }
}
