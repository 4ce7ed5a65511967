package vn.daklak.ngoaivu.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;

/** Converts fastexcel-reader rows to {@link SheetRow}s; formula cells by their cached value. */
final class FastexcelCells {

    private final CellFormats formats;

    FastexcelCells(CellFormats formats) {
        this.formats = formats;
    }

    SheetRow row(Row row) {
        List<CellValue> cells = new ArrayList<>(row.getCellCount());
        for (Cell cell : row) {
            CellValue value = cell == null ? null : value(cell);
            if (value != null && !value.isBlank()) {
                cells.add(value);
            }
        }
        // the list is this row's own and never changed after: no defensive copy for each of the sheet's rows
        return new SheetRow(row.getRowNum(), Collections.unmodifiableList(cells));
    }

    private CellValue value(Cell cell) {
        int column = cell.getColumnIndex();
        return switch (cell.getType()) {
            case STRING -> CellValue.text(column, LegacyText.withoutFont(cell.asString()));
            case NUMBER -> number(cell, column, cell.getRawValue());
            case BOOLEAN -> bool(column, cell.asBoolean());
            case ERROR -> new CellValue(column, CellKind.ERROR, cell.getRawValue(), null, null);
            case FORMULA -> cached(cell, column);
            case EMPTY -> null;
        };
    }

    /** fastexcel types a formula's cached result by the value it parsed: number, text or boolean. */
    private CellValue cached(Cell cell, int column) {
        Object value = cell.getValue();
        if (value instanceof java.math.BigDecimal) {
            return number(cell, column, cell.getRawValue());
        }
        if (value instanceof Boolean b) {
            return bool(column, b);
        }
        String raw = cell.getRawValue();
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return raw.startsWith("#") ? new CellValue(column, CellKind.ERROR, raw, null, null)
                : CellValue.text(column, LegacyText.withoutFont(raw));
    }

    private CellValue number(Cell cell, int column, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Integer formatId = cell.getDataFormatId();
        return formats.numeric(column, Double.parseDouble(raw), formatId == null ? 0 : formatId,
                cell.getDataFormatString());
    }

    private static CellValue bool(int column, Boolean value) {
        return value == null ? null : new CellValue(column, CellKind.BOOLEAN, value ? "TRUE" : "FALSE", null, null);
    }
}
