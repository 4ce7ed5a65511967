package vn.daklak.ngoaivu.format;

import java.util.List;
import java.util.Optional;
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

    private HeaderDetector() {
    }

    public static Optional<HeaderMatch> detect(SheetSpec spec, List<SheetRow> firstRows) {
        throw new UnsupportedOperationException("TODO format helper");
    }
}
