package vn.daklak.ngoaivu.format;

import java.util.ArrayList;
import java.util.List;
import vn.daklak.ngoaivu.read.CellKind;
import vn.daklak.ngoaivu.read.CellValue;
import vn.daklak.ngoaivu.read.SheetRow;

/** Builds {@link SheetRow}s in memory: strings become TEXT cells, numbers NUMBER cells, null leaves a column empty. */
final class Rows {

    private Rows() {
    }

    static SheetRow row(int rowNumber, Object... values) {
        List<CellValue> cells = new ArrayList<>();
        for (int column = 0; column < values.length; column++) {
            Object v = values[column];
            if (v instanceof String s) {
                cells.add(CellValue.text(column, s));
            } else if (v instanceof Number n) {
                cells.add(CellValue.number(column, n.doubleValue(), n.toString()));
            } else if (v instanceof CellValue c) {
                cells.add(new CellValue(column, c.kind(), c.text(), c.number(), c.date()));
            }
        }
        return new SheetRow(rowNumber, List.copyOf(cells));
    }

    static CellValue percent(double value) {
        return new CellValue(0, CellKind.PERCENT, Math.round(value * 100) + "%", value, null);
    }
}
