package vn.daklak.ngoaivu.dashboard.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.daklak.ngoaivu.normalize.TaskStatus;
import vn.daklak.ngoaivu.report.AgencyFigure;
import vn.daklak.ngoaivu.report.MoneyTotals;
import vn.daklak.ngoaivu.report.PeriodFigures;

/**
 * The agency scorecard of a year (its annual report) for the province's year-end evaluation: every agency expected
 * to report, five measures from the report model, each with its rank among the agencies (1 is best, equal values
 * share a rank) and the same measure a year earlier. Agencies are matched across years by code.
 */
final class Scorecard {

    /** One measure of one agency: its value (null when there is nothing to measure), rank, previous year's value. */
    record Measure(BigDecimal value, Integer rank, BigDecimal previous) {
    }

    /** One agency's line. {@code timeliness}: 2 on time, 1 late, 0 no accepted report. */
    record Line(String code, String name, GridCell.State state, Measure timeliness, Measure rejectedFiles,
                Measure taskCompletion, Measure events, Measure executionRate) {
    }

    private enum Better { HIGHER, LOWER }

    private Scorecard() {
    }

    static List<Line> of(PeriodFigures year, PeriodFigures previous) {
        List<AgencyFigure> agencies = year.agencies().stream().filter(AgencyFigure::expected).toList();
        Map<String, BigDecimal> timeliness = values(year, Scorecard::timeliness);
        Map<String, BigDecimal> rejected = values(year, a -> BigDecimal.valueOf(a.rejectedFiles()));
        Map<String, BigDecimal> tasks = values(year, a -> taskCompletion(year, a.code()));
        Map<String, BigDecimal> events = values(year, a -> BigDecimal.valueOf(year.eventsByAgency()
                .getOrDefault(a.code(), 0L)));
        Map<String, BigDecimal> rate = values(year, a -> year.spendingByAgency().getOrDefault(a.code(),
                MoneyTotals.ZERO).executionRatePercent());
        Map<String, BigDecimal> beforeTimeliness = values(previous, Scorecard::timeliness);
        Map<String, BigDecimal> beforeRejected = values(previous, a -> BigDecimal.valueOf(a.rejectedFiles()));
        Map<String, BigDecimal> beforeTasks = values(previous, a -> taskCompletion(previous, a.code()));
        Map<String, BigDecimal> beforeEvents = values(previous, a -> BigDecimal.valueOf(previous.eventsByAgency()
                .getOrDefault(a.code(), 0L)));
        Map<String, BigDecimal> beforeRate = values(previous, a -> previous.spendingByAgency().getOrDefault(a.code(),
                MoneyTotals.ZERO).executionRatePercent());
        List<String> codes = agencies.stream().map(AgencyFigure::code).toList();
        List<Line> lines = new ArrayList<>();
        for (AgencyFigure a : agencies) {
            String c = a.code();
            lines.add(new Line(c, a.name(), GridCell.of(a, 0, 0).state(),
                    measure(c, codes, timeliness, beforeTimeliness, Better.HIGHER),
                    measure(c, codes, rejected, beforeRejected, Better.LOWER),
                    measure(c, codes, tasks, beforeTasks, Better.HIGHER),
                    measure(c, codes, events, beforeEvents, Better.HIGHER),
                    measure(c, codes, rate, beforeRate, Better.HIGHER)));
        }
        return lines;
    }

    private static BigDecimal timeliness(AgencyFigure agency) {
        Boolean onTime = agency.onTime();
        return BigDecimal.valueOf(onTime == null ? 0 : onTime ? 2 : 1);
    }

    /** Task rows the agency reports done, in percent of its task rows; null when it reported none. */
    private static BigDecimal taskCompletion(PeriodFigures figures, String code) {
        long reported = figures.tasksByAgency().getOrDefault(code, 0L);
        long done = figures.tasks().stream().filter(t -> t.agencyCode().equals(code) && t.status() == TaskStatus.DONE)
                .count();
        return reported == 0 ? null : BigDecimal.valueOf(done * 100L).divide(BigDecimal.valueOf(reported), 1,
                RoundingMode.HALF_UP);
    }

    private static Map<String, BigDecimal> values(PeriodFigures figures, Function<AgencyFigure, BigDecimal> value) {
        Map<String, BigDecimal> values = new java.util.HashMap<>();
        figures.agencies().forEach(a -> values.put(a.code(), value.apply(a)));
        return values;
    }

    /** Competition ranking among the agencies with a value: 1 + the number of agencies strictly better. */
    private static Measure measure(String code, List<String> codes, Map<String, BigDecimal> values,
            Map<String, BigDecimal> before, Better better) {
        BigDecimal value = values.get(code);
        Integer rank = null;
        if (value != null) {
            Comparator<BigDecimal> order = better == Better.HIGHER ? Comparator.reverseOrder() : Comparator.naturalOrder();
            rank = 1 + (int) codes.stream().map(values::get).filter(v -> v != null && order.compare(v, value) < 0)
                    .count();
        }
        return new Measure(value, rank, before.get(code));
    }
}
