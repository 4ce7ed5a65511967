package vn.daklak.ngoaivu.ingest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.daklak.ngoaivu.format.Field;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.read.SheetRow;

/**
 * Checks total rows against the rows above them (3.2: a mismatch is a WARNING). Sums the numeric fields of each sheet
 * (events: participants, foreign guests; spending: estimate, allocated, spent) since the last total row and overall; a
 * total row is fine when it equals either. Its running sums can be saved and restored so a restarted step goes on.
 */
final class TotalChecker {

    TotalChecker(List<Field> numericFields) {
        throw new UnsupportedOperationException("TODO ingest helper");
    }

    /** Adds a data row's values (as normalised: đồng, counts). */
    void add(Map<Field, BigDecimal> values) {
        throw new UnsupportedOperationException("TODO ingest helper");
    }

    /** Reads a TOTAL row (money with the sheet's units) and says where it disagrees. */
    List<Problem> checkTotal(SheetRow totalRow, SheetContext context) {
        throw new UnsupportedOperationException("TODO ingest helper");
    }

    Map<String, String> state() {
        throw new UnsupportedOperationException("TODO ingest helper");
    }

    void restore(Map<String, String> state) {
        throw new UnsupportedOperationException("TODO ingest helper");
    }
}
