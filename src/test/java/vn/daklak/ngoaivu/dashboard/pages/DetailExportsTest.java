package vn.daklak.ngoaivu.dashboard.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.daklak.ngoaivu.dashboard.DashboardTest;
import vn.daklak.ngoaivu.dashboard.Role;

/**
 * The exports of the agency page, the submission history, the version diff, the filtered grid, the overview's
 * agencies without a report, the downloads list and the users: CSV and XLSX, a header row, agency text that starts
 * like a formula (= + - @) kept as text, and who may have them.
 */
@DashboardTest
class DetailExportsTest extends ProvincePageTest {

    private static final RequestPostProcessor ADMIN = user("quantri").roles("ADMIN");
    private static final String CSV = "text/csv;charset=UTF-8";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void agencyTableExports() throws Exception {
        List<String> lines = csv("/agencies?year=2024&period=YEAR&agency=SNGV&format=csv");
        assertThat(lines.get(0)).isEqualTo("\uFEFFKỳ báo cáo,Tình trạng,Nhiệm vụ hoàn thành / đã báo cáo,Hoạt động,"
                + "Hoạt động ở nước ngoài,Được duyệt,Đã thực hiện,Tỷ lệ giải ngân");
        assertThat(lines).contains("Cả năm 2024,Đúng hạn,1 / 1,3,1,800.000.000,600.000.000,\"75,0%\"");
        assertThat(xlsx("/agencies?year=2024&period=YEAR&agency=SNGV&format=xlsx", 0)).contains("Cả năm 2024");
    }

    @Test
    void agencyPeriodRowsShowAndExportWithFormulasKeptAsText() throws Exception {
        jdbc.sql("UPDATE event SET name = '=1+2' WHERE row_no = 2 AND country = 'LA'").update();
        mvc.perform(get("/agencies?year=2024&period=YEAR&agency=SNGV").with(VIEWER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>Đã tổ chức 3 buổi biểu diễn</td>")))
                .andExpect(content().string(containsString("<td>=1+2</td>")))
                .andExpect(content().string(containsString(">600.000.000 đồng</td>")))
                .andExpect(content().string(containsString("agency=SNGV&amp;table=events&amp;format=xlsx")));

        assertThat(csv("/agencies?year=2024&period=YEAR&agency=SNGV&table=tasks&format=csv")).containsExactly(
                "\uFEFFMã,Nhiệm vụ,Tình trạng,Tỷ lệ hoàn thành,Kết quả thực hiện",
                "NV01,Nội dung NV01,Hoàn thành,,Đã tổ chức 3 buổi biểu diễn");
        assertThat(csv("/agencies?year=2024&period=YEAR&agency=SNGV&table=events&format=csv")).hasSize(4)
                .contains("10/06/2024,'=1+2,Giao lưu văn hóa nghệ thuật,Lào,,20");
        assertThat(xlsx("/agencies?year=2024&period=YEAR&agency=SNGV&table=events&format=xlsx", 1))
                .contains("'=1+2");
        assertThat(csv("/agencies?year=2024&period=YEAR&agency=SNGV&table=spending&format=csv")).hasSize(2)
                .first().isEqualTo("\uFEFFMã,Nội dung chi,Nguồn kinh phí,Dự toán,Được duyệt,Đã thực hiện");
        mvc.perform(get("/agencies?year=2024&period=YEAR&agency=SNGV&table=nope&format=csv").with(VIEWER))
                .andExpect(status().isBadRequest());
    }

    @Test
    void historyExportsEveryFileAndProblemWithFormulasKeptAsText() throws Exception {
        jdbc.sql("UPDATE problem SET raw_value = '+SUM(A1:A9)'").update();
        List<String> lines = csv("/submissions/history?agency=STC&year=2024&period=YEAR&format=csv");
        assertThat(lines).hasSize(2).first()
                .isEqualTo("\uFEFFTệp,Nhận lúc,Kết quả,Mức,Trang tính,Dòng,Cột,Giá trị đã ghi,Nội dung");
        assertThat(lines.get(1)).matches("STC-\\d+\\.xlsx,15/12/2024 08:00,Bị từ chối,Lỗi,Nhiệm vụ,5,Mã nhiệm vụ,"
                + "'\\+SUM\\(A1:A9\\),\"Mã nhiệm vụ \"\"NV99\"\" không có\\.\"");
        assertThat(xlsx("/submissions/history?agency=STC&year=2024&period=YEAR&format=xlsx", 7))
                .containsExactly("Giá trị đã ghi", "'+SUM(A1:A9)");
        mvc.perform(get("/submissions/history").param("agency", "STC").param("year", "2024")
                        .param("period", "YEAR").with(VIEWER))
                .andExpect(content().string(containsString(
                        "/submissions/history?agency=STC&amp;year=2024&amp;period=YEAR&amp;format=xlsx")));
    }

    @Test
    void versionDiffExportsItsRowsWithFormulasKeptAsText() throws Exception {
        long old = jdbc.sql("SELECT id FROM submission WHERE agency_code = 'SVH'").query(Long.class).single();
        long next = jdbc.sql("""
                INSERT INTO submission (sha256, file_name, file_size, received_at, agency_code, year, period, status)
                VALUES (repeat('e', 64), 'SVH-v2.xlsx', 1000, '2024-12-23T08:00:00+07:00', 'SVH', 2024, 'YEAR',
                        'ACCEPTED') RETURNING id""").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO event (submission_id, row_no, task_code, name, event_type, start_date, start_precision,
                                   end_date, location, country, participants, foreign_guests)
                SELECT ?, row_no, task_code, name, event_type, start_date, start_precision, end_date, location,
                       country, participants, 7 FROM event WHERE submission_id = ?""").params(next, old).update();
        jdbc.sql("""
                INSERT INTO event (submission_id, row_no, task_code, name, event_type, start_date, start_precision,
                                   end_date, country) VALUES (?, 2, '-NV02', '@cmd', 'GIAO_LUU',
                                   DATE '2024-11-02', 'DAY', DATE '2024-11-02', 'VN')""").param(next).update();
        String url = "/submissions/diff?agency=SVH&year=2024&period=YEAR&from=" + old + "&to=" + next;

        List<String> lines = csv(url + "&format=csv");
        assertThat(lines.get(0)).isEqualTo("\uFEFFTrang tính,Thay đổi,Dòng (theo nội dung nhận diện),Cột,Bản trước,"
                + "Bản sau");
        assertThat(lines).contains("Hoạt động,Sửa,NV01 · Hoạt động 1 · 01/10/2024,Khách nước ngoài,0,7",
                "Nhiệm vụ,Bỏ đi,NV02,,NV02 · Nội dung NV02 · Đang thực hiện,")
                .contains("Hoạt động,Thêm mới,'-NV02 · @cmd · 02/11/2024,,,'-NV02 · @cmd · 02/11/2024 · Giao lưu văn hóa nghệ thuật"
                        + " · 02/11/2024 · Việt Nam");
        assertThat(xlsx(url + "&format=xlsx", 2)).contains("'-NV02 · @cmd · 02/11/2024");
        mvc.perform(get(url).with(VIEWER)).andExpect(content().string(containsString("&amp;to=" + next
                + "&amp;format=csv")));

        long stc = jdbc.sql("SELECT id FROM submission WHERE agency_code = 'STC'").query(Long.class).single();
        mvc.perform(get("/submissions/diff").param("agency", "SVH").param("year", "2024").param("period", "YEAR")
                .param("from", Long.toString(stc)).param("to", Long.toString(next)).param("format", "csv")
                .with(VIEWER)).andExpect(status().isNotFound());
    }

    @Test
    void notYetReportedGridAndOverviewListExportOnlyThoseAgencies() throws Exception {
        jdbc.sql("INSERT INTO agency (code, name, kind, reports, valid_from) VALUES ('EVIL', '@SUM(1+1)*cmd',"
                + " 'DEPARTMENT', true, DATE '2000-01-01')").update();

        List<String> grid = csv("/submissions?year=2024&period=YEAR&outstanding=true&format=csv");
        assertThat(grid).hasSize(4).contains("EVIL,'@SUM(1+1)*cmd,Chưa nộp,Chưa nộp")
                .noneMatch(l -> l.startsWith("SNGV"));
        mvc.perform(get("/submissions?year=2024&period=YEAR&outstanding=true").with(VIEWER))
                .andExpect(content().string(containsString("outstanding=true&amp;format=csv")));

        List<String> missing = csv("/?year=2024&period=YEAR&table=missing&format=csv");
        assertThat(missing.get(0)).isEqualTo("\uFEFFMã,Cơ quan,Tình trạng");
        assertThat(missing).contains("EVIL,'@SUM(1+1)*cmd,Chưa gửi báo cáo", "STC,Sở Tài chính,Tệp bị từ chối")
                .noneMatch(l -> l.startsWith("SNGV"));
        assertThat(xlsx("/?year=2024&period=YEAR&table=missing&format=xlsx", 1)).contains("'@SUM(1+1)*cmd");
        mvc.perform(get("/?year=2024&period=YEAR").with(VIEWER))
                .andExpect(content().string(containsString("table=missing&amp;format=xlsx")));
    }

    @Test
    void downloadsListExports() throws Exception {
        Path folder = Files.createDirectories(Path.of(DashboardTest.OUTPUT, "reports", "2024", "YEAR"));
        Files.write(folder.resolve("=bao-cao.docx"), new byte[2048]);
        assertThat(csv("/downloads?year=2024&period=YEAR&format=csv"))
                .containsExactly("\uFEFFTệp,Dung lượng", "'=bao-cao.docx,2 KB");
    }

    @Test
    void usersExportToAdministratorsOnly() throws Exception {
        new vn.daklak.ngoaivu.dashboard.DashboardTestData(jdbc, commands).user("nguyen.van.a", Role.OPERATOR);
        mvc.perform(get("/users?format=csv").with(ADMIN)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", CSV))
                .andExpect(content().string("\uFEFFNgười dùng,Vai trò,Tình trạng\r\nnguyen.van.a,Vận hành,Đang dùng\r\n"));
        mvc.perform(get("/users?format=xlsx").with(ADMIN)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX));
        mvc.perform(get("/users?format=csv").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(get("/users?format=csv").with(user("vanhanh").roles("OPERATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/submissions/history?agency=STC&year=2024&period=YEAR&format=csv"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/agencies?agency=SNGV&format=pdf").with(VIEWER)).andExpect(status().isBadRequest());
    }

    private List<String> csv(String url) throws Exception {
        return mvc.perform(get(url).with(VIEWER)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", CSV))
                .andExpect(header().string("Content-Disposition", containsString(".csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
    }

    /** The column's cells, header first; every cell written as text. */
    private List<String> xlsx(String url, int column) throws Exception {
        byte[] body = mvc.perform(get(url).with(VIEWER)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            workbook.getSheetAt(0).forEach(row -> {
                assertThat(row.getCell(column).getCellType()).isEqualTo(CellType.STRING);
                cells.add(row.getCell(column).getStringCellValue());
            });
        }
        return cells;
    }
}
