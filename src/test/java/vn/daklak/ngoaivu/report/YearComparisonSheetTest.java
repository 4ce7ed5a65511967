package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * The workbook's year comparison: the 2024 scenario plus a 2023 report of Sở Kế hoạch và Đầu tư, merged into Sở Tài
 * chính on 28/02/2025, whose figures must be counted for Sở Tài chính, with a note saying so.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearComparisonSheetTest {

    @Autowired
    private ReportService service;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private PeriodFiguresQuery query;
    @TempDir
    static Path output;

    private List<List<String>> rows;

    @BeforeAll
    void rebuild() throws IOException {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        ReportTestData data = new ReportTestData(jdbc);
        ReportScenario.load(data);
        jdbc.sql("UPDATE agency SET successor = 'STC' WHERE code = 'SKHDT'").update();
        long old = data.accepted("SKHDT", 2023, Period.YEAR, "2023-12-18T09:00:00+07:00");
        data.task(old, 1, "NV01", "DONE", 100).task(old, 2, "NV02", "DONE", 100)
                .event(old, 1, "NV01", "Đoàn sang Hàn Quốc", "2023-05-05", "KR", "KR-JB", 10, 0)
                .spending(old, 1, "NV01", "STATE_BUDGET", 40_000_000L, 40_000_000L, 40_000_000);
        Path folder = service.rebuild(2024, Period.YEAR, output);
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                Files.newInputStream(folder.resolve("bao-cao-tong-hop-2024-YEAR.xlsx")))) {
            rows = cells(workbook.getSheet(YearComparisonSheet.NAME));
        }
    }

    @Test
    void mergedAgencyIsCountedForItsSuccessorAndTheSheetSaysSo() {
        assertThat(rows).contains(
                List.of("2023", "", YearComparisonSheet.TOTAL, "2", "1", "1", formatted(40_000_000)),
                List.of("2023", "STC", "Sở Tài chính", "2", "1", "1", formatted(40_000_000)));
        assertThat(rows).noneMatch(r -> r.size() > 1 && r.get(1).equals("SKHDT"));
        assertThat(rows).contains(
                List.of("Số liệu của Sở Kế hoạch và Đầu tư (đến 28/02/2025) được tính cho Sở Tài chính."));
    }

    @Test
    void tableTotalsEqualThePeriodFiguresTheChartsDraw() {
        List<YearComparison.Row> figures = query.load(2024, Period.YEAR).yearComparison().rows();
        for (int year : List.of(2023, 2024)) {
            List<YearComparison.Row> ofYear = figures.stream().filter(f -> f.year() == year).toList();
            List<String> total = rows.stream()
                    .filter(r -> r.size() > 2 && r.get(0).equals(Integer.toString(year))
                            && r.get(2).equals(YearComparisonSheet.TOTAL))
                    .findFirst().orElseThrow();
            assertThat(total.subList(3, 7)).containsExactly(
                    formatted(ofYear.stream().mapToLong(YearComparison.Row::tasksDone).sum()),
                    formatted(ofYear.stream().mapToLong(YearComparison.Row::events).sum()),
                    formatted(ofYear.stream().mapToLong(YearComparison.Row::abroadEvents).sum()),
                    formatted(ofYear.stream().mapToLong(YearComparison.Row::spent).sum()));
        }
        assertThat(rows).contains(
                List.of("2024", "", YearComparisonSheet.TOTAL, "2", "4", "2", formatted(855_000_000)));
    }

    /** As the workbook shows it in any locale (literal dots, WorkbookStyles.WHOLE_FORMAT). */
    private static String formatted(long value) {
        return vn.daklak.ngoaivu.support.VietnameseNumbers.whole(value);
    }

    private static List<List<String>> cells(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> result = new ArrayList<>();
        for (int i = TableSheet.HEADER_ROW + 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row == null) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                values.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
            }
            result.add(values);
        }
        return result;
    }
}
