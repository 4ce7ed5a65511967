package vn.daklak.ngoaivu.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** Cell styles of the template, created once per workbook. */
final class TemplateStyles {

    private final Workbook workbook;
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle label;
    private final CellStyle text;
    private final CellStyle prefilled;
    private final CellStyle date;
    private final CellStyle money;
    private final CellStyle whole;

    TemplateStyles(Workbook workbook) {
        this.workbook = workbook;
        this.header = bold(11);
        header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        bordered(header);
        this.title = bold(14);
        this.label = bold(11);
        this.text = wrapped();
        this.prefilled = wrapped();
        prefilled.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        prefilled.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        this.date = formatted("dd/mm/yyyy");
        this.money = formatted("#,##0");
        this.whole = formatted("0");
    }

    CellStyle header() {
        return header;
    }

    CellStyle title() {
        return title;
    }

    CellStyle label() {
        return label;
    }

    CellStyle text() {
        return text;
    }

    CellStyle prefilled() {
        return prefilled;
    }

    CellStyle date() {
        return date;
    }

    /** The style of the cells of a column of that kind. */
    CellStyle column(ColumnKind kind) {
        return switch (kind) {
            case DATE -> date;
            case MONEY -> money;
            case PERCENT, COUNT, ROW_NUMBER -> whole;
            default -> text;
        };
    }

    private CellStyle bold(int points) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) points);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private CellStyle wrapped() {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return bordered(style);
    }

    private CellStyle formatted(String format) {
        CellStyle style = wrapped();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static CellStyle bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
