package vn.daklak.ngoaivu.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.daklak.ngoaivu.support.SpreadsheetText;
import vn.daklak.ngoaivu.support.VietnameseNumbers;
import vn.daklak.ngoaivu.support.WrappedText;

/**
 * One table sheet: a title, the report window, a header row, then data rows. On {@link #finish()} the header row is
 * frozen, filtered and repeated on every printed A4 page (portrait when the table fits its width, landscape
 * otherwise, scaled to the page width), and columns get widths fitted to their content up to a maximum; longer texts
 * wrap in rows made tall enough for them. Every text cell is escaped against formula injection.
 */
final class TableSheet {

    static final int HEADER_ROW = 2;
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 40;
    private static final int HEADER_MAX_WIDTH = 16;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final int[] widths;
    private final int[] maxWidths;
    /** Widths numbers and dates need whatever the maximum: a number cut short shows as ### in print. */
    private final int[] figureWidths;
    private final List<String> headers;
    private final Row headerRow;
    private int nextRow = HEADER_ROW + 1;
    private boolean noted;

    TableSheet(Sheet sheet, WorkbookStyles styles, String title, String subtitle, List<String> headers) {
        this.sheet = sheet;
        this.styles = styles;
        this.widths = new int[headers.size()];
        this.maxWidths = new int[headers.size()];
        this.headers = headers;
        this.figureWidths = new int[headers.size()];
        Arrays.fill(maxWidths, MAX_WIDTH);
        sheet.createRow(0).createCell(0).setCellValue(SpreadsheetText.escape(title));
        sheet.getRow(0).getCell(0).setCellStyle(styles.title);
        sheet.createRow(1).createCell(0).setCellValue(SpreadsheetText.escape(subtitle));
        sheet.getRow(1).getCell(0).setCellStyle(styles.subtitle);
        Row header = sheet.createRow(HEADER_ROW);
        this.headerRow = header;
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(styles.header);
            widths[i] = Math.min(headers.get(i).length() + 2, HEADER_MAX_WIDTH);
        }
        fitHeaderHeight();
    }

    /** Narrows a column that would otherwise take {@value #MAX_WIDTH} characters; call before the first row. */
    TableSheet maxWidth(int column, int chars) {
        maxWidths[column] = chars;
        fitHeaderHeight();
        return this;
    }

    /**
     * The widest each column may grow, in characters, from the first: for a table whose columns at
     * {@value #MAX_WIDTH} would shrink a landscape page below a readable scale. Call before the first row.
     */
    TableSheet maxWidths(int... chars) {
        for (int i = 0; i < chars.length; i++) {
            maxWidths[i] = chars[i];
        }
        fitHeaderHeight();
        return this;
    }

    /** The header row tall enough for each header wrapped in its column (a narrowed column wraps it more). */
    private void fitHeaderHeight() {
        float height = 0;
        for (int i = 0; i < headers.size(); i++) {
            height = Math.max(height, WrappedText.heightInPoints(headers.get(i),
                    Math.min(HEADER_MAX_WIDTH, maxWidths[i]), WorkbookStyles.FONT_POINTS));
        }
        headerRow.setHeightInPoints(height);
    }

    /**
     * A data row; null cells stay empty. Whole numbers get the Vietnamese {@link WorkbookStyles#WHOLE_FORMAT}
     * (or {@link WorkbookStyles#LARGE_FORMAT}), decimals are written as text ({@code 66,7}), dates
     * {@code dd/mm/yyyy}; a text longer than its column wraps and the row is made tall enough for it.
     */
    void row(Object... values) {
        Row row = sheet.createRow(nextRow++);
        float height = 0;
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            fill(cell, values[i]);
            widths[i] = Math.max(widths[i], displayWidth(values[i]));
            if (values[i] != null && !(values[i] instanceof String)) {
                figureWidths[i] = Math.max(figureWidths[i], displayWidth(values[i]) + 1);
            }
            if (values[i] instanceof String text) {
                height = Math.max(height, WrappedText.heightInPoints(text, maxWidths[i], WorkbookStyles.FONT_POINTS));
            }
        }
        if (height > WrappedText.heightInPoints("", 1, WorkbookStyles.FONT_POINTS)) {
            row.setHeightInPoints(height);
        }
    }

    /** Fits the table to the width of one page: portrait when it is narrow enough, landscape otherwise. */
    void finish() {
        int totalWidth = layoutColumns();
        SheetPrint.fitToWidth(sheet, totalWidth > SheetPrint.PORTRAIT_CHARS);
    }

    /**
     * For a table too wide to shrink onto one page: landscape pages across and down, each repeating the header row and
     * the first {@code columns} columns, so every printed cell can be read with its row and column names.
     */
    void finishAcrossPages(int columns) {
        layoutColumns();
        SheetPrint.acrossPages(sheet, columns);
    }

    private int layoutColumns() {
        int lastColumn = widths.length - 1;
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, nextRow - 1), 0, lastColumn));
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        int total = 0;
        for (int i = 0; i <= lastColumn; i++) {
            int chars = Math.max(figureWidths[i], Math.min(maxWidths[i], Math.max(MIN_WIDTH, widths[i] + 1)));
            sheet.setColumnWidth(i, chars * 256);
            total += chars;
        }
        return total;
    }

    /** A line of text under the table (after {@link #finish()}), separated from it by an empty row. */
    void note(String text) {
        if (!noted) {
            nextRow++;
            noted = true;
        }
        Cell cell = sheet.createRow(nextRow++).createCell(0);
        cell.setCellValue(SpreadsheetText.escape(text));
    }

    private void fill(Cell cell, Object value) {
        if (value == null) {
            cell.setCellStyle(styles.text);
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(VietnameseNumbers.decimal(number));
            cell.setCellStyle(styles.decimal);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(Math.abs(number.doubleValue()) >= WorkbookStyles.LARGE ? styles.large : styles.integer);
        } else if (value instanceof LocalDateTime time) {
            cell.setCellValue(time);
            cell.setCellStyle(styles.dateTime);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else {
            cell.setCellValue(SpreadsheetText.escape(value.toString()));
            cell.setCellStyle(styles.text);
        }
    }

    private static int displayWidth(Object value) {
        if (value == null) {
            return 0;
        } else if (value instanceof Number number) {
            return VietnameseNumbers.whole(number.longValue()).length() + 1;
        } else if (value instanceof LocalDateTime) {
            return 16;
        } else if (value instanceof LocalDate) {
            return 10;
        }
        return value.toString().lines().mapToInt(String::length).max().orElse(0);
    }
}
