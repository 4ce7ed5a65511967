package vn.daklak.ngoaivu.format;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.daklak.ngoaivu.normalize.VietText;
import vn.daklak.ngoaivu.read.CellValue;
import vn.daklak.ngoaivu.read.SheetRow;

/** One candidate header row: which cells name which column, and which name nothing we know. */
final class HeaderRow {

    private final int rowNumber;
    private final Map<Field, Integer> columns = new EnumMap<>(Field.class);
    private final Map<Integer, String> headers = new LinkedHashMap<>();
    private final Map<Integer, String> unknown = new LinkedHashMap<>();

    private HeaderRow(int rowNumber) {
        this.rowNumber = rowNumber;
    }

    static HeaderRow of(SheetRow row, AliasIndex<ColumnSpec> index) {
        HeaderRow header = new HeaderRow(row.rowNumber());
        for (CellValue cell : row.cells()) {
            if (cell.isBlank()) {
                continue;
            }
            String text = VietText.clean(cell.text());
            header.headers.put(cell.column(), text);
            ColumnSpec spec = index.find(text).orElse(null);
            if (spec == null || header.columns.containsKey(spec.field())) {
                header.unknown.put(cell.column(), text);
            } else {
                header.columns.put(spec.field(), cell.column());
            }
        }
        return header;
    }

    int rowNumber() {
        return rowNumber;
    }

    int recognised() {
        return columns.size();
    }

    boolean hasAllRequired(SheetSpec spec) {
        return missing(spec).isEmpty();
    }

    HeaderMatch toMatch(SheetSpec spec, long sheetUnit) {
        // sorted, read-only maps: messages about columns come out in column order
        return new HeaderMatch(rowNumber, Collections.unmodifiableMap(new EnumMap<>(columns)),
                Collections.unmodifiableMap(new TreeMap<>(headers)), Collections.unmodifiableMap(new TreeMap<>(unknown)),
                missing(spec), sheetUnit,
                Collections.unmodifiableMap(HeaderDetector.columnUnits(columns, headers, spec)));
    }

    private List<ColumnSpec> missing(SheetSpec spec) {
        return spec.columns().stream().filter(c -> c.required() && !columns.containsKey(c.field())).toList();
    }
}
