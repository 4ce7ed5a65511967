package vn.daklak.ngoaivu.samples;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of one sample workbook, and writing a value into a cell with the right one. */
final class WorkbookStyles {

    /** A cell formatted as a percentage: 0.85 shows as 85%. */
    record Percent(double fraction) {
    }

    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle date;
    private final CellStyle percent;
    private final CellStyle amount;
    private final UnaryOperator<String> text;

    WorkbookStyles(Workbook workbook, boolean decomposed) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setFontName("Times New Roman");
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setBorderBottom(BorderStyle.THIN);
        header.setBorderTop(BorderStyle.THIN);
        title = workbook.createCellStyle();
        title.setFont(bold);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0%"));
        amount = workbook.createCellStyle();
        amount.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0.##"));
        text = decomposed ? s -> Normalizer.normalize(s, Normalizer.Form.NFD) : UnaryOperator.identity();
    }

    /** The text as this workbook writes it (NFD-decomposed in the file that does so). */
    String text(String s) {
        return text.apply(s);
    }

    void header(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text(value));
        cell.setCellStyle(header);
    }

    void title(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text(value));
        cell.setCellStyle(title);
    }

    /** Writes a String, Number, LocalDate or Percent; null leaves the cell blank. */
    void put(Row row, int column, Object value) {
        if (value == null || value instanceof String s && s.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof String s) {
            cell.setCellValue(text(s));
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof Percent p) {
            cell.setCellValue(p.fraction());
            cell.setCellStyle(percent);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            // money (long đồng, double millions and totals) shows grouped; counts and years stay plain
            if (!(value instanceof Integer)) {
                cell.setCellStyle(amount);
            }
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass());
        }
    }
}
