package vn.daklak.ngoaivu.feedback;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** An {@link OwnSheet} written into a POI sheet with the workbook's {@link FeedbackStyles}. */
final class PoiOwnSheet implements OwnSheet {

    private final Sheet sheet;
    private final FeedbackStyles styles;

    PoiOwnSheet(Sheet sheet, FeedbackStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    @Override
    public void columnWidth(int column, int chars) {
        sheet.setColumnWidth(column, chars * 256);
    }

    @Override
    public void text(int row, int column, String text, Style style) {
        cell(row, column, style).setCellValue(text);
    }

    @Override
    public void number(int row, int column, double value, Style style) {
        cell(row, column, style).setCellValue(value);
    }

    @Override
    public void height(int row, float points) {
        sheet.getRow(row).setHeightInPoints(points);
    }

    @Override
    public void mergeAcross(int row, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(row, row, 0, lastColumn));
    }

    @Override
    public void headerWithFilter(int lastRow, int lastColumn) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, lastColumn));
    }

    @Override
    public void page(boolean landscape) {
        if (landscape) {
            PageSetup.landscapeWithHeader(sheet);
        } else {
            PageSetup.portrait(sheet);
        }
    }

    private Cell cell(int r, int column, Style style) {
        Row row = sheet.getRow(r);
        Cell cell = (row == null ? sheet.createRow(r) : row).createCell(column);
        cell.setCellStyle(style(style));
        return cell;
    }

    private CellStyle style(Style style) {
        return switch (style) {
            case HEADER -> styles.header();
            case WRAP -> styles.wrap();
            case TITLE -> styles.title();
            case LABEL -> styles.label();
            case ACCEPTED -> styles.verdict(true);
            case REJECTED -> styles.verdict(false);
        };
    }
}
