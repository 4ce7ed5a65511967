package vn.daklak.ngoaivu.read;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** Writes fixture rows with POI: strings, numbers, dates (dd/mm/yyyy), percents (0%), money (#,##0), formulas. */
final class SheetWriter {

    /** A number shown with a percent format. */
    record Percent(double value) {
    }

    /** A formula; POI writes no cached value. */
    record Formula(String formula, String format) {
    }

    private final Sheet sheet;
    private final CellStyle date;
    private final CellStyle percent;
    private final CellStyle money;

    SheetWriter(Workbook workbook, String name) {
        this.sheet = workbook.createSheet(name);
        this.date = style(workbook, "dd/mm/yyyy");
        this.percent = style(workbook, "0%");
        this.money = style(workbook, "#,##0");
    }

    Sheet sheet() {
        return sheet;
    }

    /** Writes values into a 1-based row from column A; null leaves a cell out. */
    SheetWriter row(int rowNumber, Object... values) {
        Row row = sheet.getRow(rowNumber - 1) == null ? sheet.createRow(rowNumber - 1) : sheet.getRow(rowNumber - 1);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                put(row.createCell(i), values[i]);
            }
        }
        return this;
    }

    /** Merges a range given in A1 notation, e.g. {@code A2:A4}. */
    SheetWriter merge(String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        return this;
    }

    private void put(Cell cell, Object value) {
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof Percent p) {
            cell.setCellValue(p.value());
            cell.setCellStyle(percent);
        } else if (value instanceof Long l) {
            cell.setCellValue(l);
            cell.setCellStyle(money);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Formula f) {
            cell.setCellFormula(f.formula());
            cell.setCellStyle("date".equals(f.format()) ? date : "%".equals(f.format()) ? percent : money);
        } else {
            throw new IllegalArgumentException("unsupported fixture value " + value);
        }
    }

    private static CellStyle style(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
