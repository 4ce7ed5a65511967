package vn.daklak.ngoaivu.ingest;

import java.util.List;
import vn.daklak.ngoaivu.format.Problem;

/** A whole-file dry run: the inspection, the normalised rows and every problem (file and row level). */
record CheckResult(Inspection inspection, List<TaskRow> tasks, List<EventRow> events, List<SpendingRow> spending,
                   List<Problem> problems) {

    boolean rejected() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
