package vn.daklak.ngoaivu.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the consolidated workbook (a workbook has a limited number of styles: share them). */
final class WorkbookStyles {

    /**
     * The Vietnamese locale (LCID 0x42A) on a number format: LibreOffice then shows {@code 1.250.000} and {@code 12,5}
     * whatever the reader's locale, as the .docx report writes them. A bare {@code #,##0} would take the reader's
     * separators. Excel keeps its own (system) separators for any format; there the figures look as in every other
     * workbook on that computer.
     */
    static final String VIETNAMESE = "[$-42A]";
    static final String MONEY_FORMAT = VIETNAMESE + "#,##0";
    static final String DECIMAL_FORMAT = VIETNAMESE + "#,##0.0";
    static final int FONT_POINTS = 12;

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle integer;
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
        integer = formatted(workbook, plain, MONEY_FORMAT);
        decimal = formatted(workbook, plain, DECIMAL_FORMAT);
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
