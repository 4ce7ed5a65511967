package vn.daklak.ngoaivu.feedback;

import java.util.List;
import vn.daklak.ngoaivu.feedback.OwnSheet.Style;
import vn.daklak.ngoaivu.support.WrappedText;

/** The {@code Lỗi} sheet: one line per problem, frozen and repeated header, autofilter, wrapped text. */
final class ProblemListSheet {

    static final String NAME = "Lỗi";
    private static final int[] WIDTHS = {16, 8, 24, 28, 11, 70};
    private static final int MESSAGE = 5;
    private static final int FONT_POINTS = 11;

    private ProblemListSheet() {
    }

    static void write(OwnSheet sheet, List<FeedbackRow> rows) {
        for (int c = 0; c < FeedbackRow.HEADERS.size(); c++) {
            sheet.text(0, c, FeedbackRow.HEADERS.get(c), Style.HEADER);
            sheet.columnWidth(c, WIDTHS[c]);
        }
        int r = 1;
        for (FeedbackRow line : rows) {
            List<String> cells = line.cells();
            for (int c = 0; c < cells.size(); c++) {
                if (c == 1 && line.row() != null) {
                    sheet.number(r, c, line.row(), Style.WRAP);
                } else {
                    sheet.text(r, c, cells.get(c), Style.WRAP);
                }
            }
            sheet.height(r++, height(cells));
        }
        sheet.headerWithFilter(Math.max(rows.size(), 1), WIDTHS.length - 1);
        sheet.page(true);
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
