package vn.daklak.ngoaivu.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.PeriodFigures;

/** The charts of one report, in slide order; the year-over-year ones only when an earlier year has data. */
final class ChartSet {

    private ChartSet() {
    }

    /** A chart with its file slug and its title. */
    record NamedChart(String name, String title, JFreeChart chart) {
    }

    static List<NamedChart> build(PeriodFigures figures) {
        ChartDatasets data = new ChartDatasets(figures);
        List<NamedChart> charts = new ArrayList<>(periodCharts(data, figures.year(), figures.period()));
        if (data.hasEarlierYears()) {
            charts.addAll(yearCharts(data, figures.period()));
        }
        return charts;
    }

    private static List<NamedChart> periodCharts(ChartDatasets data, int year, Period period) {
        String tasksByAgency = ChartTexts.title(ChartTexts.TASK_STATUS_BY_AGENCY, year, period);
        String byCountry = ChartTexts.title(ChartTexts.EVENTS_BY_COUNTRY, year, period);
        String byPartner = ChartTexts.title(ChartTexts.EVENTS_BY_PARTNER, year, period);
        String perMonth = ChartTexts.title(ChartTexts.EVENTS_PER_MONTH, year, period);
        String bySource = ChartTexts.title(ChartTexts.SPENDING_BY_SOURCE, year, period);
        String execution = ChartTexts.title(ChartTexts.BUDGET_EXECUTION, year, period);
        String submissions = ChartTexts.title(ChartTexts.SUBMISSIONS, year, period);
        return List.of(
                named("trang-thai-nhiem-vu", ChartTexts.title(ChartTexts.TASK_STATUS, year, period),
                        title -> ChartBuilder.pie(title, data.taskStatus())),
                named("trang-thai-nhiem-vu-theo-co-quan", tasksByAgency, title -> ChartBuilder.stacked(title,
                        ChartTexts.AGENCY, ChartTexts.TASK_COUNT, data.taskStatusByAgency(), true)),
                named("su-kien-theo-quoc-gia", byCountry, title -> ChartBuilder.bars(title, ChartTexts.COUNTRY,
                        ChartTexts.EVENT_COUNT, data.eventsByCountry(), false, true)),
                named("su-kien-theo-doi-tac", byPartner, title -> ChartBuilder.bars(title, ChartTexts.PARTNER,
                        ChartTexts.EVENT_COUNT, data.eventsByPartner(), true, true)),
                named("su-kien-theo-thang", perMonth, title -> ChartBuilder.bars(title, ChartTexts.MONTH,
                        ChartTexts.EVENT_COUNT, data.eventsPerMonth(), false, true)),
                named("kinh-phi-theo-nguon", bySource, title -> ChartBuilder.bars(title, ChartTexts.SOURCE,
                        ChartTexts.MILLION_VND, data.spendingBySource(), false, false)),
                named("ty-le-giai-ngan-theo-co-quan", execution, title -> ChartBuilder.bars(title, ChartTexts.AGENCY,
                        ChartTexts.RATE, data.budgetExecution(), true, false)),
                named("tinh-trang-nop-bao-cao", submissions, title -> ChartBuilder.bars(title, null,
                        ChartTexts.AGENCY_COUNT, data.submissionStatus(), false, true)));
    }

    private static List<NamedChart> yearCharts(ChartDatasets data, Period period) {
        return List.of(
                named("so-sanh-cac-nam", ChartTexts.yearsTitle(ChartTexts.YEARS, period),
                        title -> ChartBuilder.bars(title, ChartTexts.YEAR, ChartTexts.QUANTITY,
                                data.yearOverYear(), false, true)),
                named("kinh-phi-cac-nam", ChartTexts.yearsTitle(ChartTexts.SPENDING_YEARS, period),
                        title -> ChartBuilder.bars(title, ChartTexts.YEAR, ChartTexts.MILLION_VND,
                                data.spendingByYear(), false, false)),
                named("nhiem-vu-hoan-thanh-cac-nam", ChartTexts.yearsTitle(ChartTexts.TASKS_DONE_YEARS, period),
                        title -> ChartBuilder.bars(title, ChartTexts.AGENCY, ChartTexts.TASK_COUNT,
                                data.tasksDoneByAgencyAndYear(), true, true)));
    }

    private static NamedChart named(String name, String title, Function<String, JFreeChart> make) {
        return new NamedChart(name, title, make.apply(title));
    }
}
