package vn.daklak.ngoaivu.ingest;

import java.util.List;
import java.util.Set;
import vn.daklak.ngoaivu.format.HeaderMatch;
import vn.daklak.ngoaivu.normalize.PartnerMatcher;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.Suggestions;

/**
 * What a row mapper needs to know besides the row: the sheet as found, the report's year and period, the plan (its
 * codes, and its tasks as {@link PlanTaskCandidates} for a mistyped code).
 */
record SheetContext(String sheetName, HeaderMatch header, int year, Period period, Set<String> planTaskCodes,
                    PartnerMatcher partners, List<Suggestions.PlanTask> planTasks) {

    /** A context whose mistyped codes are matched by spelling only (no task content, no agency known). */
    SheetContext(String sheetName, HeaderMatch header, int year, Period period, Set<String> planTaskCodes,
                 PartnerMatcher partners) {
        this(sheetName, header, year, period, planTaskCodes, partners,
                planTaskCodes.stream().map(code -> new Suggestions.PlanTask(code, null, false)).toList());
    }
}
