package vn.daklak.ngoaivu.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Activities held in a list, for tests that build a {@link PeriodFigures} by hand: the totals are counted here the
 * plain way, which {@code PeriodFiguresQueryTest} also uses to check the database's totals against the rows.
 */
public record ListEventRows(List<EventFigure> rows) implements EventRows {

    public static final ListEventRows NONE = new ListEventRows(List.of());

    /** Every row of {@code events}, read into a list. */
    public static List<EventFigure> listOf(EventRows events) {
        List<EventFigure> list = new ArrayList<>();
        events.forEach(list::add);
        return list;
    }

    /** Every problem, read into a list. */
    public static List<ProblemFigure> listOf(ProblemRows problems) {
        List<ProblemFigure> list = new ArrayList<>();
        problems.forEach(list::add);
        return list;
    }

    public static ProblemRows problems(List<ProblemFigure> problems) {
        return problems::forEach;
    }

    @Override
    public EventTotals totals() {
        SortedMap<YearMonth, Long> byMonth = new TreeMap<>();
        rows.forEach(e -> byMonth.merge(YearMonth.from(e.startDate()), 1L, Long::sum));
        SortedMap<String, String> names = new TreeMap<>();
        Map<String, Set<String>> agencies = new TreeMap<>();
        rows.stream().filter(e -> e.partnerCode() != null).forEach(e -> {
            names.merge(e.partnerCode(), e.partnerName() == null || e.partnerName().isBlank() ? e.partnerCode()
                    : e.partnerName(), (a, b) -> a.equals(e.partnerCode()) ? b : a);
            agencies.computeIfAbsent(e.partnerCode(), p -> new LinkedHashSet<>()).add(e.agencyCode());
        });
        SortedMap<String, List<String>> partnerAgencies = new TreeMap<>();
        agencies.forEach((p, a) -> partnerAgencies.put(p, List.copyOf(a)));
        return new EventTotals(rows.size(), rows.stream().filter(EventFigure::abroad).count(),
                rows.stream().mapToLong(EventFigure::participantCount).sum(),
                rows.stream().mapToLong(EventFigure::foreignGuestCount).sum(), count(rows, EventFigure::country),
                count(rows, EventFigure::partnerCode), byMonth, count(rows, EventFigure::agencyCode),
                count(rows.stream().filter(EventFigure::abroad).toList(), EventFigure::agencyCode),
                count(rows, EventFigure::eventType), count(rows, EventFigure::taskCode), names, partnerAgencies);
    }

    @Override
    public void forEach(Consumer<EventFigure> action) {
        rows.forEach(action);
    }

    @Override
    public void largestFirst(Set<String> taskCodes, Predicate<EventFigure> more) {
        for (EventFigure e : rows.stream().filter(e -> taskCodes.contains(e.taskCode()))
                .sorted(Comparator.comparingInt(EventFigure::participantCount).reversed()
                        .thenComparing(EventFigure::startDate)).toList()) {
            if (!more.test(e)) {
                return;
            }
        }
    }

    @Override
    public long count(EventFilter filter) {
        throw new UnsupportedOperationException("a page of activities is the database's work");
    }

    @Override
    public List<EventFigure> slice(EventFilter filter, int offset, int limit) {
        throw new UnsupportedOperationException("a page of activities is the database's work");
    }

    private static SortedMap<String, Long> count(List<EventFigure> rows, Function<EventFigure, String> key) {
        SortedMap<String, Long> counts = new TreeMap<>();
        rows.stream().map(key).filter(k -> k != null).forEach(k -> counts.merge(k, 1L, Long::sum));
        return counts;
    }
}
