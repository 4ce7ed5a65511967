package vn.daklak.ngoaivu.dashboard.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.chart.PageCharts;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.PeriodFigures;

/**
 * The pages' charts, drawn once per version of the data behind them. The version is the {@link PeriodFigures}
 * instance itself: {@link FiguresCache} hands out the same instance for a (year, period) until a submission, problem,
 * agency, task or partner row changes, and a new one after, so a chart is redrawn exactly when its figures are.
 */
@ServletOnly
@Component
class ChartCache {

    private record Key(int year, Period period, String name, boolean png) {
    }

    private record Entry(PeriodFigures figures, Optional<?> drawn) {
    }

    private final PageCharts charts;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    ChartCache(PageCharts charts) {
        this.charts = charts;
    }

    /** The named charts the period has, as inline SVG, in the order asked. */
    List<PageCharts.PageChart> svg(PeriodFigures figures, List<String> names) {
        return names.stream().map(name -> svg(figures, name)).flatMap(Optional::stream).toList();
    }

    @SuppressWarnings("unchecked")
    Optional<PageCharts.PageChart> svg(PeriodFigures figures, String name) {
        return (Optional<PageCharts.PageChart>) drawn(figures, name, false, charts::svg);
    }

    @SuppressWarnings("unchecked")
    Optional<byte[]> png(PeriodFigures figures, String name) {
        return (Optional<byte[]>) drawn(figures, name, true, charts::png);
    }

    private Optional<?> drawn(PeriodFigures figures, String name, boolean png,
            BiFunction<PeriodFigures, String, Optional<?>> draw) {
        Key key = new Key(figures.year(), figures.period(), name, png);
        Entry entry = entries.get(key);
        if (entry == null || entry.figures() != figures) {
            entry = new Entry(figures, draw.apply(figures, name));
            entries.put(key, entry);
        }
        return entry.drawn();
    }
}
