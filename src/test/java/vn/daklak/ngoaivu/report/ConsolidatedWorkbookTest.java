package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.normalize.FundingSource;

/** The consolidated workbook's content: its sheets, figures equal to the database, escaping. */
class ConsolidatedWorkbookTest extends BuiltYearReport {

    @Test
    void hasTheNineSheetsInOrder() {
        List<String> names = new java.util.ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));

        assertThat(names).containsExactly("Tổng hợp", "Theo cơ quan", "Nhiệm vụ", "Hoạt động", "Kinh phí",
                "Chưa báo cáo", "Chất lượng dữ liệu", "So sánh các năm", "Biểu đồ");
    }

    @Test
    void summarySheetEqualsTheDatabase() {
        Map<String, Double> values = keyValues(workbook.getSheet("Tổng hợp"));

        assertThat(values.get("Số nhiệm vụ được báo cáo")).isEqualTo(sql("SELECT count(*) FROM task_report r" + CURRENT));
        assertThat(values.get("Số hoạt động")).isEqualTo(sql("SELECT count(*) FROM event r" + CURRENT));
        assertThat(values.get("Số người tham gia")).isEqualTo(sql("SELECT sum(participants) FROM event r" + CURRENT));
        assertThat(values.get("Kinh phí đã thực hiện (đồng)")).isEqualTo(sql("SELECT sum(spent) FROM spending r" + CURRENT));
        assertThat(values.get("Kinh phí dự toán (đồng)")).isEqualTo(sql("SELECT sum(estimate) FROM spending r" + CURRENT));
        // 5 expected = 1 on time + 1 late + 1 rejected only + 2 sent nothing; 3 accepted = 2 + 1 not required
        assertThat(values).containsEntry("Số cơ quan phải báo cáo", 5.0).containsEntry(SummarySheet.ON_TIME, 1.0)
                .containsEntry(SummarySheet.LATE, 1.0).containsEntry(SummarySheet.REJECTED_ONLY, 1.0)
                .containsEntry(SummarySheet.SENT_NOTHING, 2.0).containsEntry(SummarySheet.UNREQUESTED, 1.0)
                .containsEntry(SummarySheet.ACCEPTED, 3.0);
    }

    @Test
    void summarySheetHasTheWindowSourcesCountriesPartnersAndExecutionRate() {
        Sheet sheet = workbook.getSheet("Tổng hợp");
        Map<String, Double> values = keyValues(sheet);
        Map<String, Row> rows = rowsByFirstCell(sheet);

        assertThat(text(rows.get(SummarySheet.WINDOW), 1)).isEqualTo("Số liệu từ 15/12/2023 đến 14/12/2024");
        assertThat(values.get("   - Dự toán từ " + FundingSource.STATE_BUDGET.label() + " (đồng)")).isEqualTo(
                sql("SELECT sum(estimate) FROM spending r" + CURRENT + " AND r.source = 'STATE_BUDGET'"));
        assertThat(values.get("   - Được duyệt từ " + FundingSource.OTHER.label() + " (đồng)")).isEqualTo(
                sql("SELECT sum(allocated) FROM spending r" + CURRENT + " AND r.source = 'OTHER'"));
        assertThat(text(rows.get(SummarySheet.EXECUTION_RATE), 1)).isEqualTo(vn.daklak.ngoaivu.support
                .VietnameseNumbers.decimal(java.math.BigDecimal.valueOf(Math.round(1000
                        * sql("SELECT sum(spent) FROM spending r" + CURRENT)
                        / sql("SELECT sum(allocated) FROM spending r" + CURRENT)), 1)));
        assertThat(values).containsEntry("   - Hàn Quốc", 1.0).containsEntry("   - Lào", 1.0)
                .containsEntry("   - Việt Nam", 2.0).containsEntry("   - Tỉnh Champasak", 1.0)
                .containsEntry("   - Tỉnh Jeonbuk", 1.0);
    }

    @Test
    void agencySheetHasCountsMoneyAndTimeliness() {
        Map<String, Row> rows = rowsByFirstCell(workbook.getSheet("Theo cơ quan"));

        Row sngv = rows.get("SNGV");
        assertThat(text(sngv, 4)).isEqualTo("Đã báo cáo");
        assertThat(text(sngv, 8)).isEqualTo("Đúng hạn");
        assertThat(sngv.getCell(9).getNumericCellValue()).isEqualTo(3);
        assertThat(sngv.getCell(11).getNumericCellValue())
                .isEqualTo(sql("SELECT sum(spent) FROM spending r" + CURRENT + " AND s.agency_code = 'SNGV'"));
        assertThat(text(rows.get("SVHTTDL"), 8)).isEqualTo("Trễ hạn");
        assertThat(text(rows.get("BDL"), 3)).isEqualTo("Không");
        assertThat(rows).doesNotContainKeys("SNNMT", "CAT");
    }

    @Test
    void taskMatrixShowsEachAgencysStatusAndTheOverallState() {
        Sheet sheet = workbook.getSheet("Nhiệm vụ");
        Map<String, Row> rows = rowsByFirstCell(sheet);
        Row header = sheet.getRow(TableSheet.HEADER_ROW);

        assertThat(text(header, 8)).isEqualTo("BDL");
        assertThat(text(header, 9)).isEqualTo("SNGV");
        assertThat(text(header, 10)).isEqualTo("SVHTTDL");
        assertThat(text(rows.get("NV01"), 7)).isEqualTo("Hoàn thành");
        assertThat(text(rows.get("NV02"), 7)).isEqualTo("Quá hạn");
        assertThat(text(rows.get("NV03"), 7)).isEqualTo("Cơ quan chủ trì chưa báo cáo");
        assertThat(text(rows.get("NV02"), 9)).isEqualTo("Đang thực hiện (50%)");
        assertThat(text(rows.get("NV01"), 10)).isEqualTo("Chưa thực hiện (0%)");
        assertThat(rows.get("NV02").getCell(6).getNumericCellValue()).isEqualTo(1_200_000_000d);
    }

    @Test
    void spendingSheetPutsThePlannedBudgetBesideTheSpending() {
        Sheet sheet = workbook.getSheet("Kinh phí");
        Row nv01 = rowsByFirstCell(sheet).get("NV01");

        assertThat(nv01.getCell(4).getNumericCellValue()).isEqualTo(850_000_000d);
        assertThat(nv01.getCell(7).getNumericCellValue())
                .isEqualTo(sql("SELECT sum(spent) FROM spending r" + CURRENT + " AND r.task_code = 'NV01'"));
        assertThat(rowsByFirstCell(sheet).get("NV02").getCell(9).getNumericCellValue()).isEqualTo(50_000_000d);
    }

    @Test
    void missingAndProblemSheetsListTheRightRows() {
        assertThat(rowsByFirstCell(workbook.getSheet("Chưa báo cáo"))).containsOnlyKeys("HBD", "SKHDT", "STC");
        assertThat(text(rowsByFirstCell(workbook.getSheet("Chưa báo cáo")).get("STC"), 4))
                .startsWith("Đã gửi 2 tệp, tất cả bị từ chối.");
        assertThat(workbook.getSheet("Chất lượng dữ liệu").getLastRowNum() - TableSheet.HEADER_ROW)
                .isEqualTo((int) sql("SELECT count(*) FROM problem"));
    }

    @Test
    void numbersCarryLiteralDotsAndDecimalsAreTextSoTheyReadAsVietnameseWhateverTheReadersLocale() {
        Row nv01 = rowsByFirstCell(workbook.getSheet("Kinh phí")).get("NV01");
        Row rate = rowsByFirstCell(workbook.getSheet("Tổng hợp")).get(SummarySheet.EXECUTION_RATE);
        String whole = nv01.getCell(7).getCellStyle().getDataFormatString();
        DataFormatter formatter = new DataFormatter(java.util.Locale.US);

        assertThat(whole).isEqualTo("[>=1000000]#\\.###\\.##0;[>=1000]#\\.##0;0");
        assertThat(formatter.formatRawCellContents(0, 200, whole)).isEqualTo("0");
        assertThat(formatter.formatRawCellContents(999, 200, whole)).isEqualTo("999");
        assertThat(formatter.formatRawCellContents(1000, 200, whole)).isEqualTo("1.000");
        assertThat(formatter.formatRawCellContents(1_250_000, 200, whole)).isEqualTo("1.250.000");
        assertThat(formatter.formatRawCellContents(999_999_999, 200, whole)).isEqualTo("999.999.999");
        String large = WorkbookStyles.LARGE_FORMAT;
        assertThat(formatter.formatRawCellContents(1_250_000_000, 200, large)).isEqualTo("1.250.000.000");
        assertThat(formatter.formatRawCellContents(999_999_999_999d, 200, large)).isEqualTo("999.999.999.999");
        assertThat(rate.getCell(1).getCellType()).isEqualTo(CellType.STRING);
        assertThat(rate.getCell(1).getCellStyle().getAlignment())
                .isEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
        assertThat(rate.getCell(1).getStringCellValue()).matches("\\d+(,\\d)?");
    }

    @Test
    void hostileEventNameIsEscapedInTheWorkbook() {
        Cell name = rowsByFirstCell(workbook.getSheet("Hoạt động")).values().stream().map(r -> r.getCell(3))
                .filter(c -> c.getStringCellValue().contains("HYPERLINK")).findFirst().orElseThrow();

        assertThat(name.getCellType()).isEqualTo(CellType.STRING);
        assertThat(name.getStringCellValue()).isEqualTo("'" + ReportScenario.HOSTILE_EVENT);
    }

    private static Map<String, Double> keyValues(Sheet sheet) {
        Map<String, Double> values = new HashMap<>();
        rowsByFirstCell(sheet).forEach((key, row) -> {
            if (row.getCell(1).getCellType() == CellType.NUMERIC) {
                values.put(key, row.getCell(1).getNumericCellValue());
            }
        });
        return values;
    }
}
