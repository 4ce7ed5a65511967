package vn.daklak.ngoaivu.read;

import java.util.List;

/** One row of a sheet as read: its 1-based row number and its non-empty cells in column order. */
public record SheetRow(int rowNumber, List<CellValue> cells) {

    /** The cell at a 0-based column, or null when that cell is empty or absent. */
    public CellValue cell(int column) {
        for (CellValue c : cells) {
            if (c.column() == column) {
                return c.isBlank() ? null : c;
            }
        }
        return null;
    }

    public boolean isBlank() {
        for (CellValue c : cells) {   // every row of a sheet passes here: no stream
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
