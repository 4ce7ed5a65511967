package vn.daklak.ngoaivu.format;

import java.util.List;
import java.util.Map;

/**
 * Where a table sheet's header row is and what each column means. {@code columns} maps fields to 0-based column
 * indexes; {@code headers} keeps the header text as written per column (for messages); {@code unknownColumns} are
 * extra headed columns (warned about, ignored); {@code missingRequired} is empty when the header is complete.
 * {@code sheetUnit} is the money multiplier a title row above the header announced (1 when none);
 * {@code columnUnits} those announced in money header cells themselves, which win over the sheet's.
 */
public record HeaderMatch(int headerRow, Map<Field, Integer> columns, Map<Integer, String> headers,
                          Map<Integer, String> unknownColumns, List<ColumnSpec> missingRequired,
                          long sheetUnit, Map<Field, Long> columnUnits) {

    public boolean complete() {
        return missingRequired.isEmpty();
    }

    /** Money multiplier for a column: its header's own unit, else the sheet's. */
    public long unitFor(Field field) {
        return columnUnits.getOrDefault(field, sheetUnit);
    }

    /** Display name of a column for messages: {@code "D (Tình trạng)"}. */
    public String columnLabel(int column) {
        String header = headers.get(column);
        String letter = vn.daklak.ngoaivu.read.CellValue.columnName(column);
        return header == null ? letter : letter + " (" + header + ")";
    }
}
