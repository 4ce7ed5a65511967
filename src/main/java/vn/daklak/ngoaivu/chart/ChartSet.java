package vn.daklak.ngoaivu.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
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

    /** The reports' charts: Vietnamese. */
    static List<NamedChart> build(PeriodFigures figures) {
        return build(figures, ChartWords.VIETNAMESE);
    }

    static List<NamedChart> build(PeriodFigures figures, ChartWords words) {
        ChartDatasets data = new ChartDatasets(figures, words);
        List<NamedChart> charts = new ArrayList<>(periodCharts(data, words, figures.year(), figures.period()));
        if (data.hasEarlierYears()) {
            charts.addAll(yearCharts(data, words, figures.period()));
        }
        return charts;
    }

    private static List<NamedChart> periodCharts(ChartDatasets data, ChartWords w, int year, Period period) {
        BiFunction<String, String, String> t = (slug, subject) -> w.title(slug, subject, year, period);
        String agency = w.word(ChartTexts.AGENCY);
        String events = w.word(ChartTexts.EVENT_COUNT);
        return List.of(
                named(t, "trang-thai-nhiem-vu", ChartTexts.TASK_STATUS,
                        title -> ChartBuilder.pie(title, data.taskStatus(), w)),
                named(t, "trang-thai-nhiem-vu-theo-co-quan", ChartTexts.TASK_STATUS_BY_AGENCY,
                        title -> ChartBuilder.stacked(title, agency, w.word(ChartTexts.TASK_COUNT),
                                data.taskStatusByAgency(), true, w)),
                named(t, "su-kien-theo-quoc-gia", ChartTexts.EVENTS_BY_COUNTRY,
                        title -> ChartBuilder.bars(title, w.word(ChartTexts.COUNTRY), events, data.eventsByCountry(),
                                false, true, w)),
                named(t, "su-kien-theo-doi-tac", ChartTexts.EVENTS_BY_PARTNER,
                        title -> ChartBuilder.bars(title, w.word(ChartTexts.PARTNER), events, data.eventsByPartner(),
                                true, true, w)),
                named(t, "su-kien-theo-thang", ChartTexts.EVENTS_PER_MONTH,
                        title -> ChartBuilder.bars(title, w.word(ChartTexts.MONTH), events, data.eventsPerMonth(),
                                false, true, w)),
                named(t, "kinh-phi-theo-nguon", ChartTexts.SPENDING_BY_SOURCE,
                        title -> ChartBuilder.bars(title, w.word(ChartTexts.SOURCE), w.word(ChartTexts.MILLION_VND),
                                data.spendingBySource(), false, false, w)),
                named(t, "ty-le-giai-ngan-theo-co-quan", ChartTexts.BUDGET_EXECUTION,
                        title -> ChartBuilder.bars(title, agency, w.word(ChartTexts.RATE), data.budgetExecution(),
                                true, false, w)),
                named(t, "tinh-trang-nop-bao-cao", ChartTexts.SUBMISSIONS,
                        title -> ChartBuilder.bars(title, null, w.word(ChartTexts.AGENCY_COUNT),
                                data.submissionStatus(), false, true, w)));
    }

    private static List<NamedChart> yearCharts(ChartDatasets data, ChartWords w, Period period) {
        BiFunction<String, String, String> t = (slug, subject) -> w.yearsTitle(slug, subject, period);
        String year = w.word(ChartTexts.YEAR);
        return List.of(
                named(t, "so-sanh-cac-nam", ChartTexts.YEARS,
                        title -> ChartBuilder.bars(title, year, w.word(ChartTexts.QUANTITY), data.yearOverYear(),
                                false, true, w)),
                named(t, "kinh-phi-cac-nam", ChartTexts.SPENDING_YEARS,
                        title -> ChartBuilder.bars(title, year, w.word(ChartTexts.MILLION_VND),
                                data.spendingByYear(), false, false, w)),
                named(t, "nhiem-vu-hoan-thanh-cac-nam", ChartTexts.TASKS_DONE_YEARS,
                        title -> ChartBuilder.bars(title, w.word(ChartTexts.AGENCY), w.word(ChartTexts.TASK_COUNT),
                                data.tasksDoneByAgencyAndYear(), true, true, w)));
    }

    /** The title comes from the slug (the key of the page's caption) and the Vietnamese subject of the reports. */
    private static NamedChart named(BiFunction<String, String, String> titles, String name, String subject,
            Function<String, JFreeChart> make) {
        return named(name, titles.apply(name, subject), make);
    }

    private static NamedChart named(String name, String title, Function<String, JFreeChart> make) {
        return new NamedChart(name, title, make.apply(title));
    }
}
