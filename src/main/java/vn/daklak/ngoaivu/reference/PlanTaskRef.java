package vn.daklak.ngoaivu.reference;

import java.time.LocalDate;
import java.util.List;
import vn.daklak.ngoaivu.normalize.FundingSource;

/** One task of a year's plan appendix (plan-&lt;year&gt;-tasks.csv). */
public record PlanTaskRef(int year, String code, String group, String content, String leadAgency,
                          List<String> coordinatingAgencies, LocalDate start, LocalDate end, Long plannedBudget,
                          FundingSource fundingSource, String expectedOutput) {
}
