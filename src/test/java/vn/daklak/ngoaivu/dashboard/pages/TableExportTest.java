package vn.daklak.ngoaivu.dashboard.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.FileSystemUtils;
import vn.daklak.ngoaivu.dashboard.DashboardCommands;
import vn.daklak.ngoaivu.dashboard.DashboardTest;
import vn.daklak.ngoaivu.dashboard.DashboardTestData;

/** Every table's CSV and XLSX export, formulas kept as text. */
@DashboardTest
class TableExportTest {

    private static final RequestPostProcessor VIEWER = user("xem").roles("VIEWER");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DashboardCommands commands;

    @BeforeEach
    void data() throws Exception {
        new DashboardTestData(jdbc, commands).reset().province();
        FileSystemUtils.deleteRecursively(Path.of(DashboardTest.OUTPUT));
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
}
