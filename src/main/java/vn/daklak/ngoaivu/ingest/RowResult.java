package vn.daklak.ngoaivu.ingest;

import java.util.List;
import vn.daklak.ngoaivu.format.Problem;

/** One sheet row after normalisation: the typed row (null when the row has an error or is not a data row) and its problems. */
record RowResult<T>(T row, List<Problem> problems) {
}
