package vn.daklak.ngoaivu.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.ReportWindow;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/**
 * Every figure the reports of one (year, period) print: the single source for summary.json, the workbook, the CSV
 * exports, the .docx report, the briefing deck and the charts. Tasks, events and spending hold the rows of current accepted submissions
 * only. Activities and problems, which grow with the agencies' files, are never held as lists: their totals come
 * from the database and their rows are streamed ({@link EventRows}, {@link ProblemRows}).
 *
 * @param agencies  expected agencies and agencies that sent files, sorted by code
 * @param planTasks the year's plan appendix, sorted by code
 * @param problems  problems of every file of the period, by agency, arrival and row
 * @param yearComparison the same period of the last years, by successor agency
 */
public record PeriodFigures(
        int year,
        Period period,
        ReportWindow window,
        LocalDate deadline,
        List<AgencyFigure> agencies,
        List<PlanTaskFigure> planTasks,
        List<TaskFigure> tasks,
        EventRows events,
        List<SpendingFigure> spending,
        ProblemRows problems,
        YearComparison yearComparison) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** "Số liệu từ 15/12/2023 đến 14/12/2024". */
    public String windowText() {
        return "Số liệu từ " + DAY.format(window.from()) + " đến " + DAY.format(window.to());
    }

    public List<String> expectedCodes() {
        return codes(AgencyFigure::expected);
    }

    public List<String> acceptedCodes() {
        return codes(AgencyFigure::accepted);
    }

    public List<String> missingCodes() {
        return codes(AgencyFigure::missing);
    }

    public List<String> rejectedCodes() {
        return codes(AgencyFigure::rejected);
    }

    /** Expected agencies whose every file was rejected. */
    public long expectedRejectedCount() {
        return agencies.stream().filter(a -> a.expected() && a.rejected()).count();
    }

    /** Expected agencies that sent nothing usable: neither accepted nor all rejected. */
    public long expectedMissingCount() {
        return agencies.stream().filter(a -> a.expected() && a.state() == AgencyState.MISSING).count();
    }

    /**
     * Expected agencies with an accepted report. With {@link #onTimeCount()}, {@link #lateCount()},
     * {@link #expectedRejectedCount()} and {@link #expectedMissingCount()} the expected agencies add up:
     * expected = on time + late + rejected only + sent nothing; on time + late = this.
     */
    public long expectedAcceptedCount() {
        return agencies.stream().filter(a -> a.expected() && a.accepted()).count();
    }

    /** Expected agencies whose first accepted report was in by the deadline day ({@link SubmissionDeadlines}). */
    public long onTimeCount() {
        return AgencyFigure.countOnTime(agencies);
    }

    /** Expected agencies whose first accepted report came after the deadline day. */
    public long lateCount() {
        return agencies.stream().filter(a -> a.expected() && Boolean.FALSE.equals(a.onTime())).count();
    }

    /** Agencies not required to report that sent an accepted report: counted in accepted, apart from the expected. */
    public List<String> unrequestedCodes() {
        return codes(a -> !a.expected() && a.accepted());
    }

    /** Expected agencies judged on time by their stated date although their file arrived after the deadline. */
    public List<String> statedDateOverrulesArrivalCodes() {
        return codes(a -> a.expected() && a.accepted() && a.timeliness().arrivalDisagrees(deadline));
    }

    /** Expected agencies with an accepted report that states no usable date: judged by the file's arrival. */
    public List<String> judgedByArrivalCodes() {
        return codes(a -> a.expected() && a.accepted()
                && a.timeliness().basis() == TimelinessEvidence.Basis.ARRIVAL);
    }

    /** Task rows by status, every status present. */
    public Map<TaskStatus, Long> tasksByStatus() {
        Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            counts.put(status, 0L);
        }
        tasks.forEach(t -> counts.merge(t.status(), 1L, Long::sum));
        return counts;
    }

    /** Overall state of a plan task: done when its lead agency reports DONE; overdue when past due at window end. */
    public TaskProgress progress(PlanTaskFigure task) {
        List<TaskFigure> byLead = tasks.stream()
                .filter(t -> t.taskCode().equals(task.code()) && t.agencyCode().equals(task.leadAgency()))
                .toList();
        if (byLead.stream().anyMatch(t -> t.status() == TaskStatus.DONE)) {
            return TaskProgress.DONE;
        }
        if (task.end() != null && task.end().isBefore(window.to())) {
            return TaskProgress.OVERDUE;
        }
        return byLead.isEmpty() ? TaskProgress.NOT_REPORTED : TaskProgress.IN_PROGRESS;
    }

    public long abroadEvents() {
        return events.totals().abroad();
    }

    public long participants() {
        return events.totals().participants();
    }

    public long foreignGuests() {
        return events.totals().foreignGuests();
    }

    public SortedMap<String, Long> eventsByCountry() {
        return Collections.unmodifiableSortedMap(events.totals().byCountry());
    }

    /** Events with a known partner, by partner code. */
    public SortedMap<String, Long> eventsByPartner() {
        return Collections.unmodifiableSortedMap(events.totals().byPartner());
    }

    /** Events by the month they started, every month of the window present (zero when none). */
    public SortedMap<YearMonth, Long> eventsByMonth() {
        SortedMap<YearMonth, Long> counts = new TreeMap<>();
        YearMonth last = YearMonth.from(window.to());
        for (YearMonth month = YearMonth.from(window.from()); !month.isAfter(last); month = month.plusMonths(1)) {
            counts.put(month, 0L);
        }
        counts.putAll(events.totals().byMonth());
        return counts;
    }

    public SortedMap<String, Long> eventsByAgency() {
        return Collections.unmodifiableSortedMap(events.totals().byAgency());
    }

    /** Events outside Việt Nam by agency code; agencies with none are absent. */
    public SortedMap<String, Long> abroadEventsByAgency() {
        return Collections.unmodifiableSortedMap(events.totals().abroadByAgency());
    }

    /** Events by plan task code. */
    public SortedMap<String, Long> eventsByTask() {
        return Collections.unmodifiableSortedMap(events.totals().byTask());
    }

    /** Events by event type code. */
    public SortedMap<String, Long> eventsByType() {
        return Collections.unmodifiableSortedMap(events.totals().byType());
    }

    /** The agencies with activities with this partner, in the order of their first one. */
    public List<String> partnerAgencies(String partnerCode) {
        return events.totals().partnerAgencies().getOrDefault(partnerCode, List.of());
    }

    public SortedMap<String, Long> tasksByAgency() {
        return countBy(tasks, TaskFigure::agencyCode);
    }

    public MoneyTotals spendingTotal() {
        return spending.stream().map(SpendingFigure::money).reduce(MoneyTotals.ZERO, MoneyTotals::plus);
    }

    /** Spent as a share of the allocated budget, in percent to one decimal; null when nothing was allocated. */
    public BigDecimal executionRatePercent() {
        return spendingTotal().executionRatePercent();
    }

    /** Partner code to the partner's Vietnamese name as the events carry it (the code when no name is known). */
    public SortedMap<String, String> partnerNames() {
        return Collections.unmodifiableSortedMap(events.totals().partnerNames());
    }

    /** Spending by funding source, every source present. */
    public Map<FundingSource, MoneyTotals> spendingBySource() {
        Map<FundingSource, MoneyTotals> sums = new EnumMap<>(FundingSource.class);
        for (FundingSource source : FundingSource.values()) {
            sums.put(source, MoneyTotals.ZERO);
        }
        spending.forEach(s -> sums.merge(s.source(), s.money(), MoneyTotals::plus));
        return sums;
    }

    public SortedMap<String, MoneyTotals> spendingByTask() {
        return sumBy(SpendingFigure::taskCode);
    }

    public SortedMap<String, MoneyTotals> spendingByAgency() {
        return sumBy(SpendingFigure::agencyCode);
    }

    private List<String> codes(java.util.function.Predicate<AgencyFigure> filter) {
        return agencies.stream().filter(filter).map(AgencyFigure::code).sorted().toList();
    }

    private SortedMap<String, MoneyTotals> sumBy(Function<SpendingFigure, String> key) {
        SortedMap<String, MoneyTotals> sums = new TreeMap<>();
        spending.forEach(s -> sums.merge(key.apply(s), s.money(), MoneyTotals::plus));
        return sums;
    }

    private static <T> SortedMap<String, Long> countBy(List<T> rows, Function<T, String> key) {
        SortedMap<String, Long> counts = new TreeMap<>();
        rows.stream().map(key).filter(Objects::nonNull).forEach(k -> counts.merge(k, 1L, Long::sum));
        return counts;
    }
}
