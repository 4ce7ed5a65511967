package vn.daklak.ngoaivu.format;

import java.io.IOException;
import java.util.Map;
import vn.daklak.ngoaivu.read.SpreadsheetFile;

/**
 * Finds the four sheets of a submission: by name (canonical or alias, compared by matchKey/asciiKey), failing that by
 * their header row (info sheet: a label of {@link InfoField} in column A). Sheets not found are absent from the map.
 */
public final class SheetFinder {

    private SheetFinder() {
    }

    public static Map<SheetKind, String> locate(SpreadsheetFile file) throws IOException {
        throw new UnsupportedOperationException("TODO format helper");
    }
}
