package vn.daklak.ngoaivu.chart;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import vn.daklak.ngoaivu.normalize.TaskStatus;
import vn.daklak.ngoaivu.report.PeriodFigures;
import vn.daklak.ngoaivu.report.SpendingFigure;
import vn.daklak.ngoaivu.report.YearComparison;

/**
 * The data of each chart, taken from the period's {@link PeriodFigures} (the numbers the reports print, never a query
 * of its own); keys are Vietnamese labels in a fixed order.
 */
final class ChartDatasets {

    private static final double MILLION = 1_000_000.0;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final PeriodFigures figures;
    private final ChartWords words;
    private final Map<String, String> agencyLabels = new TreeMap<>();

    /** In the reports' Vietnamese. */
    ChartDatasets(PeriodFigures figures) {
        this(figures, ChartWords.VIETNAMESE);
    }

    ChartDatasets(PeriodFigures figures, ChartWords words) {
        this.figures = figures;
        this.words = words;
        figures.agencies().forEach(a -> agencyLabels.put(a.code(), a.label()));
    }

    DefaultPieDataset<String> taskStatus() {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        figures.tasksByStatus().forEach((status, n) -> data.setValue(words.status(status), n));
        return data;
    }

    /** Agencies by code, each with every status (zero when none). */
    DefaultCategoryDataset taskStatusByAgency() {
        SortedMap<String, Map<TaskStatus, Long>> counts = new TreeMap<>();
        figures.tasks().forEach(t -> counts.computeIfAbsent(t.agencyCode(), k -> zeros()).merge(t.status(), 1L,
                Long::sum));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach((agency, byStatus) -> byStatus.forEach((status, n) ->
                data.addValue(n, words.status(status), agencyLabel(agency))));
        return data;
    }

    /** Most events first, ties by ISO code. */
    DefaultCategoryDataset eventsByCountry() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        mostFirst(figures.eventsByCountry())
                .forEach((iso, n) -> data.addValue(n, words.word(ChartTexts.EVENT_COUNT),
                        words.country(iso)));
        return data;
    }

    /**
     * Known partners only (free-text partners cannot be grouped reliably), wherever the event took place; most events
     * first, ties by partner code; keyed by the partner's Vietnamese name.
     */
    DefaultCategoryDataset eventsByPartner() {
        Map<String, String> names = figures.partnerNames();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        mostFirst(figures.eventsByPartner())
                .forEach((partner, n) -> data.addValue(n, words.word(ChartTexts.EVENT_COUNT),
                        names.get(partner)));
        return data;
    }

    /**
     * Events by month of their start date. Every month of the report window is present (zero when none); events an
     * agency dated outside the window stay in its report, so their months are added too.
     */
    DefaultCategoryDataset eventsPerMonth() {
        SortedMap<YearMonth, Long> counts = figures.eventsByMonth();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String events = words.word(ChartTexts.EVENT_COUNT);
        counts.forEach((month, n) -> data.addValue(n, events, MONTH.format(month)));
        return data;
    }

    /** Amounts in millions of đồng, so the axis stays readable; every funding source present. */
    DefaultCategoryDataset spendingBySource() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        figures.spendingBySource().forEach((source, sums) -> {
            data.addValue(sums.estimate() / MILLION, words.word(ChartTexts.ESTIMATE), words.source(source));
            data.addValue(sums.allocated() / MILLION, words.word(ChartTexts.ALLOCATED), words.source(source));
            data.addValue(sums.spent() / MILLION, words.word(ChartTexts.SPENT), words.source(source));
        });
        return data;
    }

    /**
     * Spent against allocated by agency (by code), over the spending rows that state an allocation: a row without one
     * would count spending that was never allocated. Agencies with nothing allocated are left out: no rate exists.
     */
    DefaultCategoryDataset budgetExecution() {
        SortedMap<String, long[]> sums = new TreeMap<>();
        for (SpendingFigure row : figures.spending()) {
            if (row.allocated() != null) {
                long[] sum = sums.computeIfAbsent(row.agencyCode(), k -> new long[2]);
                sum[0] += row.allocated();
                sum[1] += row.spent();
            }
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        sums.forEach((agency, sum) -> {
            if (sum[0] > 0) {
                data.addValue(100.0 * sum[1] / sum[0], words.word(ChartTexts.RATE), agencyLabel(agency));
            }
        });
        return data;
    }

    /**
     * Who reported, and when. The four groups do not overlap, so they add up: on time and late count every agency
     * with a current accepted submission (expected or not); rejected counts expected agencies whose every file was
     * rejected; missing counts the other expected agencies without an accepted submission.
     */
    DefaultCategoryDataset submissionStatus() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String agencies = words.word(ChartTexts.AGENCY_COUNT);
        data.addValue(figures.onTimeCount(), agencies, words.word(ChartTexts.ON_TIME));
        data.addValue(figures.lateCount(), agencies, words.word(ChartTexts.LATE));
        data.addValue(figures.expectedRejectedCount(), agencies, words.word(ChartTexts.REJECTED));
        data.addValue(figures.expectedMissingCount(), agencies, words.word(ChartTexts.MISSING));
        return data;
    }

    /** True when some year before the report's has data for this period: only then is a comparison drawn. */
    boolean hasEarlierYears() {
        return figures.yearComparison().hasYearBefore(figures.year());
    }

    /** Tasks done, events and abroad events (rows) by year (columns). */
    DefaultCategoryDataset yearOverYear() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (YearComparison.Row row : yearRows()) {
            String column = Integer.toString(row.year());
            add(data, row.tasksDone(), words.word(ChartTexts.TASKS_DONE), column);
            add(data, row.events(), words.word(ChartTexts.EVENTS), column);
            add(data, row.abroadEvents(), words.word(ChartTexts.ABROAD), column);
        }
        return data;
    }

    /** Money spent by year, millions of đồng. */
    DefaultCategoryDataset spendingByYear() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (YearComparison.Row row : yearRows()) {
            add(data, row.spent() / MILLION, words.word(ChartTexts.SPENT), Integer.toString(row.year()));
        }
        return data;
    }

    /** Tasks done by successor agency (columns, by code) and year (rows); zero where an agency did not report. */
    DefaultCategoryDataset tasksDoneByAgencyAndYear() {
        Map<String, String> labels = new TreeMap<>();
        Map<String, Long> done = new TreeMap<>();
        for (YearComparison.Row row : yearRows()) {
            labels.put(row.agency(), row.label());
            done.put(row.year() + "/" + row.agency(), row.tasksDone());
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        figures.yearComparison().years().forEach(y -> labels.forEach((agency, label) ->
                data.addValue(done.getOrDefault(y + "/" + agency, 0L), Integer.toString(y), label)));
        return data;
    }

    private List<YearComparison.Row> yearRows() {
        return figures.yearComparison().rows();
    }

    private String agencyLabel(String code) {
        return agencyLabels.getOrDefault(code, code);
    }

    private static Map<TaskStatus, Long> zeros() {
        Map<TaskStatus, Long> zeros = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            zeros.put(status, 0L);
        }
        return zeros;
    }

    /** Most first, ties in key order (the map's own order). */
    private static Map<String, Long> mostFirst(SortedMap<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static void add(DefaultCategoryDataset data, double value, String row, String column) {
        int r = data.getRowIndex(row);
        int c = data.getColumnIndex(column);
        Number before = r < 0 || c < 0 ? null : data.getValue(r, c);
        data.addValue(value + (before == null ? 0 : before.doubleValue()), row, column);
    }
}
