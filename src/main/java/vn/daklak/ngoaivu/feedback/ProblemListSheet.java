package vn.daklak.ngoaivu.feedback;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.daklak.ngoaivu.support.WrappedText;

/** The {@code Lỗi} sheet: one line per problem, frozen and repeated header, autofilter, wrapped text. */
final class ProblemListSheet {

    static final String NAME = "Lỗi";
    private static final int[] WIDTHS = {16, 8, 24, 28, 11, 70};
    private static final int MESSAGE = 5;
    private static final int FONT_POINTS = 11;

    private ProblemListSheet() {
    }

    static void write(Sheet sheet, List<FeedbackRow> rows, FeedbackStyles styles) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < FeedbackRow.HEADERS.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(FeedbackRow.HEADERS.get(c));
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        int r = 1;
        for (FeedbackRow line : rows) {
            Row row = sheet.createRow(r++);
            List<String> cells = line.cells();
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = row.createCell(c);
                if (c == 1 && line.row() != null) {
                    cell.setCellValue(line.row());
                } else {
                    cell.setCellValue(cells.get(c));
                }
                cell.setCellStyle(styles.wrap());
            }
            row.setHeightInPoints(height(cells));
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, WIDTHS.length - 1));
        PageSetup.landscapeWithHeader(sheet);
    }

    /** The tallest wrapped cell of the line decides its height. */
    private static float height(List<String> cells) {
        float height = 0;
        for (int c = 0; c < cells.size(); c++) {
            height = Math.max(height, WrappedText.heightInPoints(cells.get(c), WIDTHS[c], FONT_POINTS));
        }
        return height;
    }
}
