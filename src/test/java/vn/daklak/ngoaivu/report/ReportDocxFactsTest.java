package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.TaskStatus;

class ReportDocxFactsTest {

    private static final LocalDate WINDOW_END = LocalDate.of(2024, 12, 14);

    private final ReportDocxFacts facts = new ReportDocxFacts(new PeriodFigures(2024, Period.YEAR,
            Period.YEAR.window(2024), LocalDate.of(2024, 12, 20), List.of(),
            List.of(plan("NV01", "A", WINDOW_END), plan("NV02", "A", WINDOW_END.plusDays(1)),
                    plan("NV03", null, LocalDate.of(2024, 3, 31)), plan("NV04", "B", null),
                    plan("NV05", "A", null)),
            List.of(task("SNGV", "NV01", TaskStatus.DONE), task("STC", "NV01", TaskStatus.IN_PROGRESS),
                    task("STC", "NV02", TaskStatus.DONE), task("SNGV", "NV03", TaskStatus.POSTPONED),
                    task("SNGV", "NV05", TaskStatus.DONE)),
            ListEventRows.NONE,
            List.of(spend("NV01", 100, 49), spend("NV01", 0, 0), spend("NV02", 100, 50), spend("NV03", 0, 10)),
            ListEventRows.problems(List.of()), YearComparison.NONE));

    @Test
    void aTaskCarriesOverUnlessItsLeadReportedItDoneAndNoAgencyReportsItsPartOpen() {
        // NV01: done by its lead, in progress at STC; NV02: done by STC only; NV05: done by its lead, nobody open
        assertThat(facts.unfinished()).extracting(PlanTaskFigure::code)
                .containsExactly("NV01", "NV02", "NV03", "NV04");
    }

    @Test
    void overdueTasksEndedBeforeTheWindowsLastDayAndAreNotDone() {
        assertThat(facts.overdue()).extracting(PlanTaskFigure::code).containsExactly("NV03");
    }

    @Test
    void lowExecutionIsSpendingBelowHalfOfANonZeroAllocation() {
        assertThat(facts.lowExecution()).containsOnlyKeys("NV01");
    }

    @Test
    void groupsComeInCodeOrderWithUngroupedTasksLast() {
        assertThat(facts.planTasksByGroup().keySet()).containsExactly("Nhóm A", "Nhóm B", "Nhiệm vụ khác");
    }

    @Test
    void statusSummaryNamesOnlyTheStatusesThatOccur() {
        assertThat(ReportDocxFacts.statusSummary(facts.taskRows("NV01"))).isEqualTo("1 hoàn thành, 1 đang thực hiện");
    }

    @Test
    void numbersAreWrittenTheVietnameseWay() {
        assertThat(DocxNumbers.money(1_250_000_000L)).isEqualTo("1.250.000.000 đồng");
        assertThat(DocxNumbers.percent(2, 3)).isEqualTo("66,7%");
        assertThat(DocxNumbers.percent(1, 1)).isEqualTo("100%");
        assertThat(DocxNumbers.percent(5, 0)).isEqualTo("0%");
        assertThat(Period.H1.label(2025)).isEqualTo("6 tháng đầu năm 2025");
    }

    private static PlanTaskFigure plan(String code, String group, LocalDate end) {
        return new PlanTaskFigure(code, group, null, "Nội dung " + code, "SNGV", List.of(), null, end, null,
                "STATE_BUDGET", null);
    }

    private static TaskFigure task(String agency, String code, TaskStatus status) {
        return new TaskFigure(agency, 1, code, null, status, null, null, null, null);
    }

    private static SpendingFigure spend(String code, long allocated, long spent) {
        return new SpendingFigure("SNGV", 1, code, null, FundingSource.STATE_BUDGET, allocated, allocated, spent);
    }
}
