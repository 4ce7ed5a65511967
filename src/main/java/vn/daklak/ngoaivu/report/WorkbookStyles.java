package vn.daklak.ngoaivu.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the consolidated workbook (a workbook has a limited number of styles: share them). */
final class WorkbookStyles {

    /**
     * Whole numbers with literal dots between thousands ({@code 1.250.000}): Excel takes the separators of a plain
     * {@code #,##0} (even with a {@code [$-42A]} locale tag) from the reader's system settings, so only literal
     * characters read the same everywhere. A format has two conditional sections at most: this one covers 0 to
     * 999.999.999; {@link #LARGE_FORMAT} is used for larger figures (money in đồng) and covers 1.000 to
     * 999.999.999.999. Our figures (counts, đồng) are never negative.
     */
    static final String WHOLE_FORMAT = "[>=1000000]#\\.###\\.##0;[>=1000]#\\.##0;0";
    static final String LARGE_FORMAT = "[>=1000000000]#\\.###\\.###\\.##0;[>=1000000]#\\.###\\.##0;#\\.##0";
    static final long LARGE = 1_000_000_000L;
    static final int FONT_POINTS = 12;

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle integer;
    final CellStyle large;
    /** Decimals are written as right-aligned text ({@code 66,7}): no number format shows a decimal comma everywhere. */
    final CellStyle decimal;
    final CellStyle date;
    final CellStyle dateTime;

    WorkbookStyles(Workbook workbook) {
        title = style(workbook, font(workbook, true, false, 14));
        subtitle = style(workbook, font(workbook, false, true, 12));
        Font plain = font(workbook, false, false, FONT_POINTS);
        header = bordered(workbook, font(workbook, true, false, FONT_POINTS));
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered(workbook, plain);
        text.setWrapText(true);
        integer = formatted(workbook, plain, WHOLE_FORMAT);
        large = formatted(workbook, plain, LARGE_FORMAT);
        decimal = bordered(workbook, plain);
        decimal.setAlignment(HorizontalAlignment.RIGHT);
        date = formatted(workbook, plain, "dd/mm/yyyy");
        dateTime = formatted(workbook, plain, "dd/mm/yyyy hh:mm");
    }

    private static CellStyle formatted(Workbook workbook, Font font, String format) {
        CellStyle style = bordered(workbook, font);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static CellStyle bordered(Workbook workbook, Font font) {
        CellStyle style = style(workbook, font);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static CellStyle style(Workbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static Font font(Workbook workbook, boolean bold, boolean italic, int points) {
        Font font = workbook.createFont();
        font.setFontName("Times New Roman");
        font.setBold(bold);
        font.setItalic(italic);
        font.setFontHeightInPoints((short) points);
        return font;
    }
}
