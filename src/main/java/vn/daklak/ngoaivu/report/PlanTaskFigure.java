package vn.daklak.ngoaivu.report;

import java.time.LocalDate;
import java.util.List;

/** A task of the year's plan appendix, with its group's name. */
public record PlanTaskFigure(
        String code,
        String groupCode,
        String groupName,
        String content,
        String leadAgency,
        List<String> coordinatingAgencies,
        LocalDate start,
        LocalDate end,
        Long plannedBudget,
        String fundingSource,
        String expectedOutput) {
}
