package vn.daklak.ngoaivu.samples;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes one table sheet: a header row, data rows numbered in STT, section rows and total rows. */
final class TableWriter<T> {

    /**
     * A column: its header as written, the cell value of an item, and (for a summed column) the item's amount in the
     * sheet's unit, which the total row adds up.
     */
    record Column<T>(String header, Function<T, Object> value, ToDoubleFunction<T> summed) {

        static <T> Column<T> of(String header, Function<T, Object> value) {
            return new Column<>(header, value, null);
        }
    }

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final List<Column<T>> columns;
    private final double[] sums;
    private int next;
    private int stt;

    TableWriter(Sheet sheet, WorkbookStyles styles, List<Column<T>> columns, int firstRow) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = List.copyOf(columns);
        this.sums = new double[columns.size()];
        this.next = firstRow;
    }

    /** Title lines above the header (ignored by the reader except for a money unit). */
    void title(String line) {
        styles.title(sheet.createRow(next++), 0, line);
    }

    void header() {
        Row row = sheet.createRow(next++);
        styles.header(row, 0, "STT");
        for (int i = 0; i < columns.size(); i++) {
            styles.header(row, i + 1, columns.get(i).header());
        }
    }

    void row(T item) {
        Row row = sheet.createRow(next++);
        styles.put(row, 0, ++stt);
        for (int i = 0; i < columns.size(); i++) {
            Column<T> column = columns.get(i);
            styles.put(row, i + 1, column.value().apply(item));
            if (column.summed() != null) {
                sums[i] += column.summed().applyAsDouble(item);
            }
        }
    }

    /** A heading row: the roman numeral in STT and its text in the column with that header. */
    void section(String numeral, String text, String textColumnHeader) {
        Row row = sheet.createRow(next++);
        styles.title(row, 0, numeral);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().equals(textColumnHeader)) {
                styles.title(row, i + 1, text);
            }
        }
    }

    /** "Tổng cộng" with the sums of the summed columns; {@code error} is added to the first one (a wrong total). */
    void total(String label, double error) {
        Row row = sheet.createRow(next++);
        styles.title(row, 0, label);
        boolean first = true;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).summed() != null) {
                styles.put(row, i + 1, Math.round((sums[i] + (first ? error : 0)) * 1000) / 1000.0);
                first = false;
            }
        }
    }
}
