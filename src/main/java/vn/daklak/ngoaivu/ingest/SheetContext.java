package vn.daklak.ngoaivu.ingest;

import java.util.Set;
import vn.daklak.ngoaivu.format.HeaderMatch;
import vn.daklak.ngoaivu.normalize.PartnerMatcher;
import vn.daklak.ngoaivu.normalize.Period;

/** What a row mapper needs to know besides the row: the sheet as found, the report's year and period, the plan. */
record SheetContext(String sheetName, HeaderMatch header, int year, Period period, Set<String> planTaskCodes,
                    PartnerMatcher partners) {
}
