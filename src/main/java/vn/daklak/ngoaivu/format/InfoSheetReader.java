package vn.daklak.ngoaivu.format;

import java.util.EnumMap;
import java.util.stream.Stream;
import vn.daklak.ngoaivu.read.CellValue;
import vn.daklak.ngoaivu.read.SheetRow;

/** Reads the {@code Thông tin chung} sheet: label (or alias) in column A, value in column B; the first 50 rows. */
public final class InfoSheetReader {

    private InfoSheetReader() {
    }

    /** Each label found with its value cell and the row it stands in. */
    public static EnumMap<InfoField, InfoValue> read(Stream<SheetRow> rows) {
        throw new UnsupportedOperationException("TODO format helper");
    }

    /** A value of the info sheet with its position. */
    public record InfoValue(int row, CellValue cell) {
    }
}
