package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableSheetTest {

    @Test
    void aTextLongerThanItsColumnWrapsInARowTallEnoughForIt() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Nhiệm vụ");
            TableSheet table = new TableSheet(sheet, new WorkbookStyles(workbook), "Tiêu đề", "Thời gian",
                    List.of("Mã", "Nội dung")).maxWidth(1, 40);
            String content = "Tổ chức Tuần văn hóa Đắk Lắk tại tỉnh Champasak, giới thiệu văn hóa cồng chiêng"
                    + " Tây Nguyên và ẩm thực của đồng bào các dân tộc"; // 126 characters: 5 lines of 31 (12 points)
            table.row("NV01", content);
            table.row("NV02", "Ngắn");
            table.finish();

            assertThat(sheet.getColumnWidth(1)).isEqualTo(40 * 256);
            assertThat(sheet.getRow(3).getCell(1).getCellStyle().getWrapText()).isTrue();
            // 5 lines × 12 pt × 1.3 + 2 = 80
            assertThat(sheet.getRow(3).getHeightInPoints()).isEqualTo(80f);
            assertThat(sheet.getRow(4).getHeightInPoints()).isEqualTo(sheet.getDefaultRowHeightInPoints());
            assertThat(sheet.getPrintSetup().getLandscape()).as("2 columns fit a portrait page").isFalse();
        }
    }

    @Test
    void theActivitiesSheetFilledToItsWidestPrintsAtSeventyPercentOrMore() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(EventSheet.NAME);
            TableSheet table = new TableSheet(sheet, new WorkbookStyles(workbook), "Tiêu đề", "Thời gian",
                    List.of(EventSheet.HEADERS)).maxWidths(EventSheet.WIDTHS);
            String longText = "Tổ chức Tuần văn hóa Đắk Lắk tại tỉnh Champasak, giới thiệu văn hóa cồng chiêng";
            table.row(9999, longText, longText, longText, longText, java.time.LocalDate.of(2024, 3, 1),
                    java.time.LocalDate.of(2024, 3, 5), longText, longText, longText, 1_500_000, 250_000,
                    longText, longText, longText);
            table.finish();

            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getColumnWidth(3)).isEqualTo(24 * 256);
            assertThat(sheet.getColumnWidth(10)).as("a number is never cut to ###").isEqualTo(11 * 256);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:3");
            assertThat(PrintScale.percent(sheet, EventSheet.HEADERS.length)).isGreaterThanOrEqualTo(70);
            assertThat(sheet.getRow(3).getHeightInPoints()).as("the longest text wraps in full")
                    .isEqualTo(vn.daklak.ngoaivu.support.WrappedText.heightInPoints(longText, 10, 12));
        }
    }
}
