package vn.daklak.ngoaivu.report;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.daklak.ngoaivu.support.SpreadsheetText;

/**
 * Sheet "Biểu đồ": the rendered charts, one under the other, each under its title; printed landscape one chart per
 * page (a page break before each title, the chart scaled to the page width).
 */
final class ChartSheet {

    static final String NAME = "Biểu đồ";
    /** Default Excel column width and row height in pixels: used to size each picture's anchor. */
    private static final double COLUMN_PIXELS = 64;
    private static final double ROW_PIXELS = 20;

    private ChartSheet() {
    }

    /** Creates the sheet and embeds {@code charts}; an empty list leaves a note that no chart was drawn. */
    static void write(WorkbookSheets sheets, List<ChartImage> charts) throws IOException {
        Sheet sheet = sheets.workbook().createSheet(NAME);
        SheetPrint.fitToWidth(sheet, true);
        if (charts.isEmpty()) {
            sheet.createRow(0).createCell(0).setCellValue("Chưa có biểu đồ cho kỳ báo cáo này.");
            return;
        }
        embed(sheets.workbook(), sheet, sheets.styles(), charts);
    }

    /** Embeds each PNG under a title row, keeping the image's proportions. */
    static void embed(Workbook workbook, Sheet sheet, WorkbookStyles styles, List<ChartImage> charts)
            throws IOException {
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        int row = 0;
        for (ChartImage chart : charts) {
            if (row > 0) {
                sheet.setRowBreak(row - 1);
            }
            sheet.createRow(row).createCell(0).setCellValue(SpreadsheetText.escape(chart.title()));
            sheet.getRow(row).getCell(0).setCellStyle(styles.title);
            byte[] png = Files.readAllBytes(chart.png());
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            int rows = (int) Math.ceil(chart.height() / ROW_PIXELS);
            anchor.setCol1(0);
            anchor.setRow1(row + 1);
            anchor.setCol2((int) Math.ceil(chart.width() / COLUMN_PIXELS));
            anchor.setRow2(row + 1 + rows);
            drawing.createPicture(anchor, workbook.addPicture(png, Workbook.PICTURE_TYPE_PNG));
            row += rows + 3;
        }
    }
}
