package vn.daklak.ngoaivu.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * The 2024 YEAR report set of {@link ReportScenario}, built once per test class, with what its tests read it by: the
 * consolidated workbook, the period's folder and the database it came from.
 */
@SpringBootTest(properties = "ngvh.report.h1-deadline=--06-25")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BuiltYearReport {

    /** The current accepted submissions of 2024 YEAR, joined to a row table aliased {@code r}. */
    static final String CURRENT = " JOIN submission s ON s.id = r.submission_id WHERE s.is_current"
            + " AND s.year = 2024 AND s.period = 'YEAR'";

    @Autowired
    private ReportService service;
    @Autowired
    private DataSource dataSource;
    @TempDir
    static Path output;

    JdbcClient jdbc;
    Path folder;
    XSSFWorkbook workbook;

    @BeforeAll
    void rebuild() throws IOException {
        jdbc = JdbcClient.create(dataSource);
        ReportScenario.load(new ReportTestData(jdbc));
        folder = service.rebuild(2024, Period.YEAR, output);
        workbook = new XSSFWorkbook(Files.newInputStream(folder.resolve("bao-cao-tong-hop-2024-YEAR.xlsx")));
    }

    @AfterAll
    void close() throws IOException {
        workbook.close();
    }

    double sql(String query) {
        Number value = jdbc.sql(query).query(Number.class).single();
        return value == null ? 0 : value.doubleValue();
    }

    static Map<String, Row> rowsByFirstCell(Sheet sheet) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (int i = TableSheet.HEADER_ROW + 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row == null) {
                continue;
            }
            rows.put(new DataFormatter().formatCellValue(row.getCell(0)), row);
        }
        return rows;
    }

    static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? null : cell.getStringCellValue();
    }
}
