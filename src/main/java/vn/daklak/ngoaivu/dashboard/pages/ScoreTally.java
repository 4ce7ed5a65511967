package vn.daklak.ngoaivu.dashboard.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.daklak.ngoaivu.normalize.TaskStatus;
import vn.daklak.ngoaivu.report.AgencyFigure;
import vn.daklak.ngoaivu.report.AgencyState;
import vn.daklak.ngoaivu.report.MoneyTotals;
import vn.daklak.ngoaivu.report.PeriodFigures;
import vn.daklak.ngoaivu.report.YearComparison;

/**
 * One agency's year as counts that add up, so an agency merged in a reorganisation adds its year to its successor's.
 * Reports count both reports of the year (6-month and annual); tasks, events and money are the annual report's. A
 * merged agency's report counts only where it sent one: a window that overlaps its last months still "expects" it, but
 * from the merger on its successor reports for it.
 *
 * @param expectedReports reports the agency had to send in the year (0 to 2)
 * @param onTimeReports   of those, accepted and in by the deadline
 * @param rejectedFiles   files of the year's reports that were rejected
 * @param tasks           task rows of its annual report
 * @param tasksDone       of those, reported done
 * @param events          events of its annual report
 * @param money           spending of its annual report
 */
record ScoreTally(int expectedReports, int onTimeReports, int rejectedFiles, long tasks, long tasksDone, long events,
                  MoneyTotals money) {

    static final ScoreTally NONE = new ScoreTally(0, 0, 0, 0, 0, 0, MoneyTotals.ZERO);

    /**
     * The year's tallies by the agency that carries them today ({@link YearComparison#heir}: the reference data's
     * successor, followed to the end), from its 6-month and annual figures.
     */
    static Map<String, ScoreTally> byHeir(PeriodFigures firstHalf, PeriodFigures year, YearComparison succession) {
        Map<String, ScoreTally> tallies = new TreeMap<>();
        for (PeriodFigures period : List.of(firstHalf, year)) {
            for (AgencyFigure a : period.agencies()) {
                boolean merged = !succession.heir(a.code()).equals(a.code());
                boolean due = a.expected() && !(merged && a.state() == AgencyState.MISSING);
                ScoreTally reports = new ScoreTally(due ? 1 : 0, due && Boolean.TRUE.equals(a.onTime()) ? 1 : 0,
                        a.rejectedFiles(), 0, 0, 0, MoneyTotals.ZERO);
                tallies.merge(succession.heir(a.code()), reports, ScoreTally::plus);
            }
        }
        year.tasks().forEach(t -> tallies.merge(succession.heir(t.agencyCode()), new ScoreTally(0, 0, 0, 1,
                t.status() == TaskStatus.DONE ? 1 : 0, 0, MoneyTotals.ZERO), ScoreTally::plus));
        year.eventsByAgency().forEach((code, n) -> tallies.merge(succession.heir(code),
                new ScoreTally(0, 0, 0, 0, 0, n, MoneyTotals.ZERO), ScoreTally::plus));
        year.spendingByAgency().forEach((code, money) -> tallies.merge(succession.heir(code),
                new ScoreTally(0, 0, 0, 0, 0, 0, money), ScoreTally::plus));
        return tallies;
    }

    ScoreTally plus(ScoreTally o) {
        return new ScoreTally(expectedReports + o.expectedReports, onTimeReports + o.onTimeReports,
                rejectedFiles + o.rejectedFiles, tasks + o.tasks, tasksDone + o.tasksDone, events + o.events,
                money.plus(o.money));
    }

    /** Reports on time, in percent of the reports expected; null when none was expected. */
    BigDecimal timeliness() {
        return percent(onTimeReports, expectedReports);
    }

    /** Task rows reported done, in percent of the task rows reported; null when none was reported. */
    BigDecimal taskCompletion() {
        return percent(tasksDone, tasks);
    }

    BigDecimal executionRate() {
        return money.executionRatePercent();
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }
}
