package vn.daklak.ngoaivu.dashboard.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.dashboard.DashboardTest;

/** Every table's CSV and XLSX export, formulas kept as text. */
@DashboardTest
class TableExportTest extends ProvincePageTest {

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
    void eventsTasksAndSpendingExportTheRowsThePageShows() throws Exception {
        jdbc.sql("UPDATE event SET name = '=1+2' WHERE row_no = 2 AND country = 'LA'").update();

        assertThat(csv("/events?year=2024&period=YEAR&country=LA&format=csv")).containsExactly(
                "\uFEFFNgày bắt đầu,Hoạt động,Loại hoạt động,Quốc gia,Địa phương đối tác,Cơ quan,Khách nước ngoài",
                "10/06/2024,'=1+2,Giao lưu văn hóa nghệ thuật,Lào,,Sở Ngoại vụ,20");
        assertThat(csv("/tasks?year=2024&period=YEAR&format=csv")).containsExactly(
                "\uFEFFMã,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời hạn,Tiến độ,Các cơ quan báo cáo",
                "NV02,Tuần văn hóa tại Nam Lào,\"Sở Văn hóa, Thể thao và Du lịch\",Sở Ngoại vụ,30/11/2024,Quá hạn,"
                        + "\"Sở Văn hóa, Thể thao và Du lịch: Đang thực hiện\"",
                "NV01,Đoàn nghệ thuật tại Jeonbuk,Sở Ngoại vụ,\"Sở Văn hóa, Thể thao và Du lịch; Sở Tài chính\","
                        + "31/10/2025,Hoàn thành,Sở Ngoại vụ: Hoàn thành — Đã tổ chức 3 buổi biểu diễn");
        assertThat(csv("/spending?year=2024&period=YEAR&table=agency&format=csv")).containsExactly(
                "\uFEFFCơ quan,Dự toán,Được duyệt,Đã thực hiện,Tỷ lệ giải ngân",
                "Sở Ngoại vụ,900.000.000,800.000.000,600.000.000,\"75,0%\"");
        assertThat(csv("/spending?year=2024&period=YEAR&format=csv")).hasSize(4)
                .contains("Ngân sách nhà nước,900.000.000,800.000.000,600.000.000,\"75,0%\"");
    }

    private List<String> csv(String url) throws Exception {
        return mvc.perform(get(url).with(VIEWER)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    }
}
