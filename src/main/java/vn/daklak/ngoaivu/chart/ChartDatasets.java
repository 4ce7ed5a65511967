package vn.daklak.ngoaivu.chart;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.chart.YearOverYearQuery.Figures;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/** The data of each chart, built from its query; keys are Vietnamese labels in a fixed order. */
final class ChartDatasets {

    private static final double MILLION = 1_000_000.0;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final JdbcClient jdbc;
    private final SubmissionDeadlines deadlines;

    ChartDatasets(JdbcClient jdbc, SubmissionDeadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    DefaultPieDataset<String> taskStatus(int year, Period period) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        new TaskStatusQuery(jdbc).countByStatus(year, period).forEach((status, n) -> data.setValue(status.label(), n));
        return data;
    }

    DefaultCategoryDataset taskStatusByAgency(int year, Period period) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        new TaskStatusByAgencyQuery(jdbc).countByAgency(year, period).forEach((agency, counts) -> {
            for (Map.Entry<TaskStatus, Long> count : counts.entrySet()) {
                data.addValue(count.getValue(), count.getKey().label(), agency);
            }
        });
        return data;
    }

    DefaultCategoryDataset eventsByCountry(int year, Period period) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        new EventsByCountryQuery(jdbc).countByCountry(year, period)
                .forEach((iso, n) -> data.addValue(n, ChartTexts.EVENT_COUNT, ChartTexts.countryName(iso)));
        return data;
    }

    DefaultCategoryDataset eventsByPartner(int year, Period period) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        new EventsByPartnerQuery(jdbc).countByPartner(year, period)
                .forEach((partner, n) -> data.addValue(n, ChartTexts.EVENT_COUNT, partner));
        return data;
    }

    DefaultCategoryDataset eventsPerMonth(int year, Period period) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<YearMonth, Long> counts = new EventsPerMonthQuery(jdbc).countByMonth(year, period);
        counts.forEach((month, n) -> data.addValue(n, ChartTexts.EVENT_COUNT, MONTH.format(month)));
        return data;
    }

    /** Amounts in millions of đồng, so the axis stays readable. */
    DefaultCategoryDataset spendingBySource(int year, Period period) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<FundingSource, SpendingTotals> totals = new SpendingBySourceQuery(jdbc).totalsBySource(year, period);
        totals.forEach((source, sums) -> {
            data.addValue(sums.estimate() / MILLION, ChartTexts.ESTIMATE, source.label());
            data.addValue(sums.allocated() / MILLION, ChartTexts.ALLOCATED, source.label());
            data.addValue(sums.spent() / MILLION, ChartTexts.SPENT, source.label());
        });
        return data;
    }

    DefaultCategoryDataset budgetExecution(int year, Period period) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        new BudgetExecutionQuery(jdbc).executionByAgency(year, period)
                .forEach((agency, execution) -> data.addValue(execution.ratePercent(), ChartTexts.RATE, agency));
        return data;
    }

    DefaultCategoryDataset submissionStatus(int year, Period period) {
        SubmissionStatusQuery.Counts counts = new SubmissionStatusQuery(jdbc, deadlines).counts(year, period);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(counts.onTime(), ChartTexts.AGENCY_COUNT, ChartTexts.ON_TIME);
        data.addValue(counts.late(), ChartTexts.AGENCY_COUNT, ChartTexts.LATE);
        data.addValue(counts.rejected(), ChartTexts.AGENCY_COUNT, ChartTexts.REJECTED);
        data.addValue(counts.missing(), ChartTexts.AGENCY_COUNT, ChartTexts.MISSING);
        return data;
    }

    /** True when some year before {@code year} has data for this period: only then is a comparison drawn. */
    boolean hasEarlierYears(int year, Period period) {
        return yearFigures(year, period).stream().anyMatch(f -> f.year() < year);
    }

    /** Tasks done, events and abroad events (rows) by year (columns). */
    DefaultCategoryDataset yearOverYear(int year, Period period) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Figures f : yearFigures(year, period)) {
            String column = Integer.toString(f.year());
            add(data, f.tasksDone(), ChartTexts.TASKS_DONE, column);
            add(data, f.events(), ChartTexts.EVENTS, column);
            add(data, f.abroadEvents(), ChartTexts.ABROAD, column);
        }
        return data;
    }

    /** Money spent by year, millions of đồng. */
    DefaultCategoryDataset spendingByYear(int year, Period period) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Figures f : yearFigures(year, period)) {
            add(data, f.spent() / MILLION, ChartTexts.SPENT, Integer.toString(f.year()));
        }
        return data;
    }

    /** Tasks done by successor agency (columns, by code) and year (rows); zero where an agency did not report. */
    DefaultCategoryDataset tasksDoneByAgencyAndYear(int year, Period period) {
        List<Figures> figures = yearFigures(year, period);
        Map<String, String> labels = new TreeMap<>();
        Map<String, Long> done = new TreeMap<>();
        for (Figures f : figures) {
            labels.put(f.agency(), f.label());
            done.put(f.year() + "/" + f.agency(), f.tasksDone());
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        figures.stream().map(Figures::year).distinct().sorted().forEach(y -> labels.forEach((agency, label) ->
                data.addValue(done.getOrDefault(y + "/" + agency, 0L), Integer.toString(y), label)));
        return data;
    }

    private List<Figures> yearFigures(int year, Period period) {
        return new YearOverYearQuery(jdbc).figures(year, period);
    }

    private static void add(DefaultCategoryDataset data, double value, String row, String column) {
        int r = data.getRowIndex(row);
        int c = data.getColumnIndex(column);
        Number before = r < 0 || c < 0 ? null : data.getValue(r, c);
        data.addValue(value + (before == null ? 0 : before.doubleValue()), row, column);
    }
}
