package vn.daklak.ngoaivu.samples;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A table sheet of a written sample, read back naively for the tests: the header is the row whose first cell is STT,
 * data rows are those numbered in STT, the total row starts with a total label.
 */
record WrittenTable(List<String> headers, List<Row> dataRows, Row totalRow) {

    static WrittenTable of(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        List<Row> data = new ArrayList<>();
        Row total = null;
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first == null) {
                continue;
            }
            if (headers.isEmpty() && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals("STT")) {
                row.forEach(c -> headers.add(normal(c.getStringCellValue())));
            } else if (!headers.isEmpty() && first.getCellType() == CellType.NUMERIC) {
                data.add(row);
            } else if (!headers.isEmpty() && List.of("Tổng cộng", "Total").contains(normal(text(first)))) {
                total = row;
            }
        }
        return new WrittenTable(List.copyOf(headers), List.copyOf(data), total);
    }

    /** The column whose header is one of {@code names} (compared in NFC with line breaks as spaces). */
    int column(String... names) {
        for (String name : names) {
            int i = headers.indexOf(normal(name));
            if (i >= 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + List.of(names) + " in " + headers);
    }

    double sum(int column) {
        return dataRows.stream().map(r -> r.getCell(column)).filter(c -> c != null)
                .mapToDouble(Cell::getNumericCellValue).sum();
    }

    List<String> texts(int column) {
        return dataRows.stream().map(r -> r.getCell(column)).map(c -> c == null ? "" : normal(text(c))).toList();
    }

    static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replace('\n', ' ');
    }

    private static String text(Cell cell) {
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString();
    }
}
