package vn.daklak.ngoaivu.format;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import vn.daklak.ngoaivu.normalize.MoneyUnits;
import vn.daklak.ngoaivu.read.CellValue;
import vn.daklak.ngoaivu.read.SheetRow;

/**
 * Finds the header row of a table sheet: the first row, among the first 15, that holds all required headers (header
 * text compared by {@link vn.daklak.ngoaivu.normalize.VietText#matchKey}/asciiKey, line breaks and extra spaces
 * ignored, a unit in parentheses after the name ignored for matching but read as the column's money unit). When no row
 * has them all, the row with the most recognised headers (at least two) is returned with {@code missingRequired} set;
 * when none qualifies, empty. Title rows above the header are read for a sheet-wide money unit.
 */
public final class HeaderDetector {

    /** How many rows from the top may hold the header. */
    public static final int MAX_HEADER_ROW = 15;

    private static final Map<SheetKind, AliasIndex<ColumnSpec>> INDEXES = new ConcurrentHashMap<>();

    private HeaderDetector() {
    }

    public static Optional<HeaderMatch> detect(SheetSpec spec, List<SheetRow> firstRows) {
        if (spec.columns().isEmpty()) {
            return Optional.empty();
        }
        AliasIndex<ColumnSpec> index = INDEXES.computeIfAbsent(spec.kind(), k -> indexOf(spec));
        HeaderRow best = null;
        for (SheetRow row : firstRows) {
            if (row.rowNumber() > MAX_HEADER_ROW) {
                break;
            }
            HeaderRow candidate = HeaderRow.of(row, index);
            if (candidate.hasAllRequired(spec)) {
                return Optional.of(candidate.toMatch(spec, sheetUnit(firstRows, row.rowNumber())));
            }
            if (candidate.recognised() >= 2 && (best == null || candidate.recognised() > best.recognised())) {
                best = candidate;
            }
        }
        HeaderRow found = best;
        return Optional.ofNullable(found).map(h -> h.toMatch(spec, sheetUnit(firstRows, h.rowNumber())));
    }

    private static AliasIndex<ColumnSpec> indexOf(SheetSpec spec) {
        AliasIndex<ColumnSpec> index = new AliasIndex<>();
        for (ColumnSpec column : spec.columns()) {
            index.add(column, List.of(column.header()));
        }
        for (ColumnSpec column : spec.columns()) {
            index.add(column, column.aliases());
        }
        return index;
    }

    /** The first money unit a title row above the header announces ("Đơn vị tính: triệu đồng"); 1 when none. */
    private static long sheetUnit(List<SheetRow> rows, int headerRow) {
        for (SheetRow row : rows) {
            if (row.rowNumber() >= headerRow) {
                break;
            }
            for (CellValue cell : row.cells()) {
                OptionalLong unit = MoneyUnits.fromText(cell.text());
                if (unit.isPresent()) {
                    return unit.getAsLong();
                }
            }
        }
        return MoneyUnits.DONG;
    }

    /** Column units announced in the header cells of money columns themselves. */
    static Map<Field, Long> columnUnits(Map<Field, Integer> columns, Map<Integer, String> headers, SheetSpec spec) {
        Map<Field, Long> units = new EnumMap<>(Field.class);
        for (ColumnSpec column : spec.columns()) {
            Integer at = columns.get(column.field());
            if (column.money() && at != null) {
                MoneyUnits.fromText(headers.get(at)).ifPresent(unit -> units.put(column.field(), unit));
            }
        }
        return units;
    }
}
