package vn.daklak.ngoaivu.dashboard.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import vn.daklak.ngoaivu.report.AgencyFigure;
import vn.daklak.ngoaivu.report.PeriodFigures;
import vn.daklak.ngoaivu.report.YearComparison;

/**
 * The agency scorecard of a year for the province's year-end evaluation: one line per agency expected to report (an
 * agency merged into another is counted in its successor's line, in both years: {@link ScoreTally#byHeir}), five
 * measures, each with its rank among the agencies (1 is best, equal values share a rank), the same measure a year
 * earlier and the change.
 */
final class Scorecard {

    /** One measure of one agency: value, rank, previous year's value, change (null where there is nothing). */
    record Measure(BigDecimal value, Integer rank, BigDecimal previous, BigDecimal change) {
    }

    /**
     * One agency's line.
     *
     * @param state        its own annual report's standing
     * @param predecessors names of the agencies whose figures it carries, in code order
     * @param onTime       reports on time / reports expected, "2/2"
     */
    record Line(String code, String name, GridCell.State state, List<String> predecessors, String onTime,
                Measure timeliness, Measure rejectedFiles, Measure taskCompletion, Measure events,
                Measure executionRate) {
    }

    private enum Better { HIGHER, LOWER }

    private Scorecard() {
    }

    /** {@code year} and {@code firstHalf} of the year, and the same two of the year before. */
    static List<Line> of(PeriodFigures firstHalf, PeriodFigures year, PeriodFigures firstHalfBefore,
                         PeriodFigures yearBefore) {
        YearComparison succession = year.yearComparison();
        Map<String, ScoreTally> now = ScoreTally.byHeir(firstHalf, year, succession);
        // before the data begin every agency is "missing": comparing with that would credit everyone with a rise
        boolean reportedBefore = !firstHalfBefore.acceptedCodes().isEmpty() || !yearBefore.acceptedCodes().isEmpty();
        Map<String, ScoreTally> before = reportedBefore
                ? ScoreTally.byHeir(firstHalfBefore, yearBefore, succession) : Map.of();
        Map<String, AgencyFigure> agencies = new TreeMap<>();
        for (PeriodFigures p : List.of(yearBefore, firstHalfBefore, firstHalf, year)) {
            p.agencies().forEach(a -> agencies.put(a.code(), a));
        }
        List<String> codes = year.agencies().stream().filter(AgencyFigure::expected)
                .map(a -> succession.heir(a.code())).distinct().sorted().toList();
        List<Line> lines = new ArrayList<>();
        for (String code : codes) {
            ScoreTally t = now.getOrDefault(code, ScoreTally.NONE);
            lines.add(new Line(code, agencies.containsKey(code) ? agencies.get(code).name() : code,
                    state(year, code), predecessors(agencies, succession, code),
                    t.onTimeReports() + "/" + t.expectedReports(),
                    measure(code, codes, now, before, ScoreTally::timeliness, Better.HIGHER),
                    measure(code, codes, now, before, s -> BigDecimal.valueOf(s.rejectedFiles()), Better.LOWER),
                    measure(code, codes, now, before, ScoreTally::taskCompletion, Better.HIGHER),
                    measure(code, codes, now, before, s -> BigDecimal.valueOf(s.events()), Better.HIGHER),
                    measure(code, codes, now, before, ScoreTally::executionRate, Better.HIGHER)));
        }
        return lines;
    }

    private static GridCell.State state(PeriodFigures year, String code) {
        return year.agencies().stream().filter(a -> a.code().equals(code)).findFirst()
                .map(a -> GridCell.of(a, 0, 0).state()).orElse(GridCell.State.NOT_EXPECTED);
    }

    private static List<String> predecessors(Map<String, AgencyFigure> agencies, YearComparison succession,
                                             String heir) {
        return agencies.values().stream().filter(a -> !a.code().equals(heir) && succession.heir(a.code()).equals(heir))
                .map(AgencyFigure::name).toList();
    }

    /** Competition ranking among the agencies with a value: 1 + the number of agencies strictly better. */
    private static Measure measure(String code, List<String> codes, Map<String, ScoreTally> now,
            Map<String, ScoreTally> before, Function<ScoreTally, BigDecimal> of, Better better) {
        Function<String, BigDecimal> value = c -> of.apply(now.getOrDefault(c, ScoreTally.NONE));
        BigDecimal mine = value.apply(code);
        BigDecimal previous = before.containsKey(code) ? of.apply(before.get(code)) : null;
        Integer rank = null;
        if (mine != null) {
            Comparator<BigDecimal> order = better == Better.HIGHER ? Comparator.reverseOrder()
                    : Comparator.naturalOrder();
            rank = 1 + (int) codes.stream().map(value).filter(Objects::nonNull).filter(v -> order.compare(v, mine) < 0)
                    .count();
        }
        return new Measure(mine, rank, previous, mine == null || previous == null ? null : mine.subtract(previous));
    }
}
