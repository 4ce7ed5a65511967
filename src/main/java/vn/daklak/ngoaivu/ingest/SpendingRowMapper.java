package vn.daklak.ngoaivu.ingest;

import vn.daklak.ngoaivu.read.SheetRow;

/** Normalises and validates one data row of the spending sheet (SUBMISSION-FORMAT 3); see the helper's notes. */
final class SpendingRowMapper {

    /** Only DATA rows (see RowClassifier) are passed in. Row is null in the result when any ERROR was found. */
    RowResult<SpendingRow> map(SheetRow row, SheetContext context) {
        throw new UnsupportedOperationException("TODO ingest helper");
    }
}
