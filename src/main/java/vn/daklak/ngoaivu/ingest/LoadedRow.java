package vn.daklak.ngoaivu.ingest;

import java.util.List;
import vn.daklak.ngoaivu.format.Problem;

/** What one sheet row leaves for the writer: a typed row to store (or null) and its problems. */
record LoadedRow<T>(T row, List<Problem> problems) {
}
