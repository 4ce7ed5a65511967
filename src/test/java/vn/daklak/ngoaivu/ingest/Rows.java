package vn.daklak.ngoaivu.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.daklak.ngoaivu.read.CellKind;
import vn.daklak.ngoaivu.read.CellValue;
import vn.daklak.ngoaivu.read.SheetRow;

/** Builds rows as the reader would deliver them: String → TEXT, Number → NUMBER, LocalDate → DATE, {@link Pct}. */
final class Rows {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private Rows() {
    }

    /** A %-formatted numeric cell holding a fraction (0.85 shows as 85%). */
    record Pct(double fraction) {
    }

    static Pct pct(double fraction) {
        return new Pct(fraction);
    }

    /** A row whose values stand in columns A, B, C, …; null leaves a cell empty. */
    static SheetRow row(int rowNumber, Object... values) {
        List<CellValue> cells = new ArrayList<>();
        for (int column = 0; column < values.length; column++) {
            if (values[column] != null) {
                cells.add(cell(column, values[column]));
            }
        }
        return new SheetRow(rowNumber, cells);
    }

    static CellValue cell(int column, Object value) {
        if (value instanceof String text) {
            return CellValue.text(column, text);
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            String shown = d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
            return CellValue.number(column, d, shown);
        }
        if (value instanceof LocalDate date) {
            double serial = ChronoUnit.DAYS.between(EXCEL_EPOCH, date);
            return new CellValue(column, CellKind.DATE, date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), serial,
                    date.atStartOfDay());
        }
        if (value instanceof Pct pct) {
            return new CellValue(column, CellKind.PERCENT, Math.round(pct.fraction() * 100) + "%", pct.fraction(),
                    null);
        }
        if (value instanceof LocalDateTime) {
            throw new IllegalArgumentException("use LocalDate");
        }
        throw new IllegalArgumentException("unsupported cell value " + value);
    }
}
