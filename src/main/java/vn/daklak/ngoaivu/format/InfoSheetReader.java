package vn.daklak.ngoaivu.format;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.stream.Stream;
import vn.daklak.ngoaivu.read.CellValue;
import vn.daklak.ngoaivu.read.SheetRow;

/**
 * Reads the {@code Thông tin chung} sheet: label (or alias) in column A, value in column B; the first 50 rows.
 * A label may carry a colon or a note in parentheses ({@code Năm báo cáo:}); when column B is empty the first value
 * further right is taken (labels merged over A:B); a label with no value at all is kept with a null cell, so the
 * caller can say which row lacks its value. The first occurrence of a label wins.
 */
public final class InfoSheetReader {

    static final int MAX_ROWS = 50;
    private static final AliasIndex<InfoField> LABELS = labels();

    private InfoSheetReader() {
    }

    /** Each label found with its value cell and the row it stands in. */
    public static EnumMap<InfoField, InfoValue> read(Stream<SheetRow> rows) {
        EnumMap<InfoField, InfoValue> values = new EnumMap<>(InfoField.class);
        Iterator<SheetRow> it = rows.iterator();
        while (it.hasNext()) {
            SheetRow row = it.next();
            if (row.rowNumber() > MAX_ROWS) {
                break;
            }
            field(row).ifPresent(field -> values.putIfAbsent(field, new InfoValue(row.rowNumber(), value(row))));
        }
        return values;
    }

    /** The info field a row's column A names, if any. */
    static java.util.Optional<InfoField> field(SheetRow row) {
        CellValue label = row.cell(0);
        return label == null ? java.util.Optional.empty() : LABELS.find(label.text());
    }

    private static CellValue value(SheetRow row) {
        CellValue b = row.cell(1);
        if (b != null) {
            return b;
        }
        return row.cells().stream().filter(c -> c.column() > 1 && !c.isBlank()).findFirst().orElse(null);
    }

    private static AliasIndex<InfoField> labels() {
        AliasIndex<InfoField> index = new AliasIndex<>();
        for (InfoField field : InfoField.values()) {
            index.add(field, SubmissionFormat.infoLabels(field));
        }
        return index;
    }

    /** A value of the info sheet with its position; {@code cell} is null when the label has no value. */
    public record InfoValue(int row, CellValue cell) {
    }
}
