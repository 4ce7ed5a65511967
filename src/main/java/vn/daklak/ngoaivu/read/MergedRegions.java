package vn.daklak.ngoaivu.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads the value of a merged region's top-left cell over every cell the region covers, for regions that span
 * several rows (a task code merged down over its activities). Regions within one row (titles, section headings merged
 * across columns) are left alone, so such a row keeps a single cell. Rows must be passed in ascending order; only the
 * regions still open are held.
 */
final class MergedRegions {

    /** A merged range: 1-based rows as in {@link SheetRow}, 0-based columns as in {@link CellValue}. */
    record Region(int firstRow, int lastRow, int firstColumn, int lastColumn) {

        boolean covers(int column) {
            return column >= firstColumn && column <= lastColumn;
        }
    }

    private final List<Region> pending;
    private final List<Region> open = new ArrayList<>();
    private final Map<Region, CellValue> topLeft = new HashMap<>();
    private int next;

    MergedRegions(List<Region> regions) {
        this.pending = regions.stream().filter(r -> r.lastRow() > r.firstRow())
                .sorted(Comparator.comparingInt(Region::firstRow)).toList();
    }

    static MergedRegions none() {
        return new MergedRegions(List.of());
    }

    SheetRow fill(SheetRow row) {
        int r = row.rowNumber();
        open.removeIf(region -> closed(region, r));
        while (next < pending.size() && pending.get(next).firstRow() <= r) {
            Region region = pending.get(next++);
            if (region.lastRow() >= r) {
                open.add(region);
            }
        }
        if (open.isEmpty()) {
            return row;
        }
        return fillOpen(row);
    }

    private boolean closed(Region region, int row) {
        if (region.lastRow() >= row) {
            return false;
        }
        topLeft.remove(region);
        return true;
    }

    private SheetRow fillOpen(SheetRow row) {
        List<CellValue> cells = new ArrayList<>(row.cells());
        for (Region region : open) {
            if (region.firstRow() == row.rowNumber()) {
                CellValue value = row.cell(region.firstColumn());
                if (value != null) {
                    topLeft.put(region, value);
                }
            }
            CellValue value = topLeft.get(region);
            if (value != null) {
                spread(cells, region, value, row.rowNumber());
            }
        }
        cells.sort(Comparator.comparingInt(CellValue::column));
        return new SheetRow(row.rowNumber(), List.copyOf(cells));
    }

    private static void spread(List<CellValue> cells, Region region, CellValue value, int row) {
        boolean firstRow = row == region.firstRow();
        cells.removeIf(c -> region.covers(c.column()) && !(firstRow && c.column() == region.firstColumn()));
        for (int column = region.firstColumn(); column <= region.lastColumn(); column++) {
            if (!(firstRow && column == region.firstColumn())) {
                cells.add(new CellValue(column, value.kind(), value.text(), value.number(), value.date()));
            }
        }
    }
}
