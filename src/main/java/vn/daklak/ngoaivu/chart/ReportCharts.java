package vn.daklak.ngoaivu.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import vn.daklak.ngoaivu.normalize.Period;

/** The charts of one report, in slide order; the year-over-year ones only when an earlier year has data. */
final class ReportCharts {

    private final ChartDatasets data;

    ReportCharts(ChartDatasets data) {
        this.data = data;
    }

    /** A chart with its file slug and its title. */
    record NamedChart(String name, String title, JFreeChart chart) {
    }

    List<NamedChart> build(int year, Period period) {
        List<NamedChart> charts = new ArrayList<>(periodCharts(year, period));
        if (data.hasEarlierYears(year, period)) {
            charts.addAll(yearCharts(year, period));
        }
        return charts;
    }

    private List<NamedChart> periodCharts(int year, Period period) {
        String tasksByAgency = ChartTexts.title(ChartTexts.TASK_STATUS_BY_AGENCY, year, period);
        String byCountry = ChartTexts.title(ChartTexts.EVENTS_BY_COUNTRY, year, period);
        String byPartner = ChartTexts.title(ChartTexts.EVENTS_BY_PARTNER, year, period);
        String perMonth = ChartTexts.title(ChartTexts.EVENTS_PER_MONTH, year, period);
        String bySource = ChartTexts.title(ChartTexts.SPENDING_BY_SOURCE, year, period);
        String execution = ChartTexts.title(ChartTexts.BUDGET_EXECUTION, year, period);
        String submissions = ChartTexts.title(ChartTexts.SUBMISSIONS, year, period);
        return List.of(
                named("trang-thai-nhiem-vu", ChartTexts.title(ChartTexts.TASK_STATUS, year, period),
                        title -> ChartBuilder.pie(title, data.taskStatus(year, period))),
                named("trang-thai-nhiem-vu-theo-co-quan", tasksByAgency, title -> ChartBuilder.stacked(title,
                        ChartTexts.AGENCY, ChartTexts.TASK_COUNT, data.taskStatusByAgency(year, period), true)),
                named("su-kien-theo-quoc-gia", byCountry, title -> ChartBuilder.bars(title, ChartTexts.COUNTRY,
                        ChartTexts.EVENT_COUNT, data.eventsByCountry(year, period), false, true)),
                named("su-kien-theo-doi-tac", byPartner, title -> ChartBuilder.bars(title, ChartTexts.PARTNER,
                        ChartTexts.EVENT_COUNT, data.eventsByPartner(year, period), true, true)),
                named("su-kien-theo-thang", perMonth, title -> ChartBuilder.bars(title, ChartTexts.MONTH,
                        ChartTexts.EVENT_COUNT, data.eventsPerMonth(year, period), false, true)),
                named("kinh-phi-theo-nguon", bySource, title -> ChartBuilder.bars(title, ChartTexts.SOURCE,
                        ChartTexts.MILLION_VND, data.spendingBySource(year, period), false, false)),
                named("ty-le-giai-ngan-theo-co-quan", execution, title -> ChartBuilder.bars(title, ChartTexts.AGENCY,
                        ChartTexts.RATE, data.budgetExecution(year, period), true, false)),
                named("tinh-trang-nop-bao-cao", submissions, title -> ChartBuilder.bars(title, null,
                        ChartTexts.AGENCY_COUNT, data.submissionStatus(year, period), false, true)));
    }

    private List<NamedChart> yearCharts(int year, Period period) {
        return List.of(
                named("so-sanh-cac-nam", ChartTexts.yearsTitle(ChartTexts.YEARS, period),
                        title -> ChartBuilder.bars(title, ChartTexts.YEAR, ChartTexts.QUANTITY,
                                data.yearOverYear(year, period), false, true)),
                named("kinh-phi-cac-nam", ChartTexts.yearsTitle(ChartTexts.SPENDING_YEARS, period),
                        title -> ChartBuilder.bars(title, ChartTexts.YEAR, ChartTexts.MILLION_VND,
                                data.spendingByYear(year, period), false, false)),
                named("nhiem-vu-hoan-thanh-cac-nam", ChartTexts.yearsTitle(ChartTexts.TASKS_DONE_YEARS, period),
                        title -> ChartBuilder.bars(title, ChartTexts.AGENCY, ChartTexts.TASK_COUNT,
                                data.tasksDoneByAgencyAndYear(year, period), true, true)));
    }

    private static NamedChart named(String name, String title, Function<String, JFreeChart> make) {
        return new NamedChart(name, title, make.apply(title));
    }
}
