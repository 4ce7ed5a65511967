package vn.daklak.ngoaivu.dashboard.pages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.chart.ChartLanguage;
import vn.daklak.ngoaivu.chart.PageCharts;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.PeriodFigures;

/**
 * The pages' charts, drawn once per version of the data behind them and per language. The version is the
 * {@link PeriodFigures} instance itself: {@link FiguresCache} hands out the same instance for a (year, period) until a
 * submission, problem, agency, task or partner row changes, and a new one after, so a chart is redrawn exactly when its
 * figures are. The language is the request's (taken from Spring's locale context, as the templates' messages are), so
 * no page has to pass it: Vietnamese draws exactly the reports' charts, another language takes the chart's words from
 * the message bundles.
 */
@ServletOnly
@Component
class ChartCache {

    private record Key(int year, Period period, String name, boolean png, String language) {
    }

    private record Entry(PeriodFigures figures, Optional<?> drawn) {
    }

    /** What a chart draws with: its figures, its slug and the language of its words. */
    private interface Draw {
        Optional<?> apply(PeriodFigures figures, String name, ChartLanguage language);
    }

    private final PageCharts charts;
    private final MessageSource messages;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    ChartCache(PageCharts charts, MessageSource messages) {
        this.charts = charts;
        this.messages = messages;
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

    private Optional<?> drawn(PeriodFigures figures, String name, boolean png, Draw draw) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean vietnamese = "vi".equals(locale.getLanguage());
        Key key = new Key(figures.year(), figures.period(), name, png, vietnamese ? "vi" : locale.getLanguage());
        Entry entry = entries.get(key);
        if (entry == null || entry.figures() != figures) {
            ChartLanguage language = vietnamese ? ChartLanguage.VIETNAMESE
                    : (k, text, arguments) -> messages.getMessage(k, arguments, text, locale);
            entry = new Entry(figures, draw.apply(figures, name, language));
            entries.put(key, entry);
        }
        return entry.drawn();
    }
}
