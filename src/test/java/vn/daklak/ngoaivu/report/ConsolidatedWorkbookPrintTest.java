package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

/** How the consolidated workbook prints: A4, Decree 30 margins, orientation, scale, repeated headers, page breaks. */
class ConsolidatedWorkbookPrintTest extends BuiltYearReport {

    @Test
    void everyTableSheetIsFrozenFilteredAndPrintsOnA4WithDecree30MarginsAndRepeatedHeader() {
        for (int i = 0; i < 8; i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            String name = sheet.getSheetName();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 3);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(name).startsWith("A3:");
            assertThat(sheet.getPrintSetup().getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getRepeatingRows().formatAsString()).as(name).isEqualTo("3:3");
            assertThat(sheet.getMargin(PageMargin.TOP)).as(name).isCloseTo(2 / 2.54, within(0.01));
            assertThat(sheet.getMargin(PageMargin.LEFT)).as(name).isCloseTo(3 / 2.54, within(0.01));
            assertThat(sheet.getMargin(PageMargin.RIGHT)).as(name).isCloseTo(1.5 / 2.54, within(0.01));
            assertThat(sheet.getFooter().getCenter()).as(name).isEqualTo("Trang &P/&N");
        }
    }


    @Test
    void narrowSheetsPrintPortraitAndWideOnesLandscapeOnePageWide() {
        XSSFSheet summary = workbook.getSheet("Tổng hợp");
        assertThat(summary.getPrintSetup().getLandscape()).isFalse();
        assertThat(summary.getFitToPage()).isTrue();
        assertThat(summary.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(summary.getPrintSetup().getFitHeight()).isZero();
        XSSFSheet events = workbook.getSheet("Hoạt động");
        assertThat(events.getPrintSetup().getLandscape()).isTrue();
        assertThat(events.getFitToPage()).isTrue();
        assertThat(events.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
    }


    @Test
    void everySheetOnePageWidePrintsAtAReadableScaleOfAtLeast70Percent() {
        Map<String, Integer> scales = new LinkedHashMap<>();
        for (int i = 0; i < 8; i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            if (sheet.getFitToPage()) {
                scales.put(sheet.getSheetName(), PrintScale.percent(sheet, sheet.getRow(TableSheet.HEADER_ROW)
                        .getLastCellNum()));
            }
        }

        assertThat(scales).containsKeys("Tổng hợp", "Theo cơ quan", "Hoạt động", "Kinh phí", "Chưa báo cáo",
                "Chất lượng dữ liệu", "So sánh các năm");
        assertThat(scales).allSatisfy((name, scale) -> assertThat(scale).as(name).isGreaterThanOrEqualTo(70));
    }


    @Test
    void taskMatrixPrintsLandscapeAcrossPagesRepeatingTheTaskColumnsAndWraps() {
        XSSFSheet sheet = workbook.getSheet("Nhiệm vụ");

        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getFitToPage()).isFalse();
        assertThat(sheet.getPrintSetup().getScale()).isEqualTo((short) 80);
        assertThat(sheet.getRepeatingColumns().formatAsString()).isEqualTo("A:B");
        assertThat(text(sheet.getRow(TableSheet.HEADER_ROW), 1)).isEqualTo("Nội dung nhiệm vụ");
        assertThat(sheet.getColumnWidth(1)).isLessThanOrEqualTo(40 * 256);
        assertThat(sheet.getRow(TableSheet.HEADER_ROW).getCell(8).getCellStyle().getWrapText()).isTrue();
        assertThat(rowsByFirstCell(sheet).get("NV01").getCell(1).getCellStyle().getWrapText()).isTrue();
    }


    @Test
    void chartSheetPrintsOneChartPerPage() {
        XSSFSheet sheet = workbook.getSheet("Biểu đồ");
        int charts = sheet.getDrawingPatriarch() == null ? 0 : sheet.getDrawingPatriarch().getShapes().size();

        assertThat(charts).isGreaterThan(1);
        assertThat(sheet.getRowBreaks()).hasSize(charts - 1);
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
    }
}
