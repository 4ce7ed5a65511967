package vn.daklak.ngoaivu.dashboard.pages;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.report.AgencyFigure;
import vn.daklak.ngoaivu.report.EventFigure;
import vn.daklak.ngoaivu.report.EventFilter;
import vn.daklak.ngoaivu.report.EventRows;
import vn.daklak.ngoaivu.report.PeriodFigures;

/** Hoạt động: the period's events, filtered, sorted and paged as the URL says, and the period's event charts. */
@ServletOnly
@Controller
class EventsPage {

    static final List<String> CHARTS = List.of("su-kien-theo-quoc-gia", "su-kien-theo-doi-tac", "su-kien-theo-thang");

    private final FiguresCache figures;
    private final ChartCache charts;
    private final RenderedRows rendered;
    private final Formats formats;

    EventsPage(FiguresCache figures, ChartCache charts, RenderedRows rendered, Formats formats) {
        this.figures = figures;
        this.charts = charts;
        this.rendered = rendered;
        this.formats = formats;
    }

    @GetMapping("/events")
    String events(@ModelAttribute("selection") Selection selection,
            @RequestParam(required = false) String country, @RequestParam(required = false) String partner,
            @RequestParam(required = false) String type, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String month, @RequestParam(defaultValue = "date") String sort,
            @RequestParam(defaultValue = "false") boolean desc, @RequestParam(defaultValue = "1") int page,
            Model model, Locale locale) {
        EventQuery query = new EventQuery(selection, country, partner, type, agency, month, sort, desc, page);
        Matches matches = figures.derived(query, () -> matches(query));
        model.addAttribute("query", query);
        model.addAttribute("total", matches.total());
        model.addAttribute("pages", matches.pages());
        model.addAttribute("pageNumber", matches.shown());
        model.addAttribute("rows", matches.rows());
        Choices choices = figures.derived(List.of("eventChoices", selection), () -> choices(selection));
        model.addAttribute("rowsHtml", rendered.html("events-rows", List.of(query), locale,
                () -> EventLine.of(matches.rows(), choices.agencyNames(), formats)));
        model.addAttribute("countries", choices.countries());
        model.addAttribute("types", choices.types());
        model.addAttribute("agencyCodes", choices.agencyCodes());
        model.addAttribute("months", choices.months());
        model.addAttribute("partnerNames", choices.partnerNames());
        model.addAttribute("agencyNames", choices.agencyNames());
        model.addAttribute("charts", charts.svg(figures.load(selection.year(), selection.period()), CHARTS));
        return "events";
    }

    /** The page of rows the query shows, with the number of matching rows and of pages. */
    private record Matches(List<EventFigure> rows, int total, int pages, int shown) {
    }

    /** The filters' choices and the names the table shows, the same for every query of a period. */
    private record Choices(List<String> countries, List<String> types, List<String> agencyCodes, List<String> months,
                           Map<String, String> partnerNames, Map<String, String> agencyNames) {
    }

    private Matches matches(EventQuery query) {
        EventRows events = figures.load(query.selection().year(), query.selection().period()).events();
        EventFilter filter = query.filter(events.totals().byCountry().keySet());
        int total = (int) events.count(filter);
        int pages = Math.max(1, (total + EventQuery.PAGE_SIZE - 1) / EventQuery.PAGE_SIZE);
        int shown = Math.min(query.page(), pages);
        return new Matches(events.slice(filter, (shown - 1) * EventQuery.PAGE_SIZE, EventQuery.PAGE_SIZE), total,
                pages, shown);
    }

    private Choices choices(Selection selection) {
        PeriodFigures period = figures.load(selection.year(), selection.period());
        return new Choices(List.copyOf(period.eventsByCountry().keySet()), List.copyOf(period.eventsByType().keySet()),
                List.copyOf(period.eventsByAgency().keySet()),
                period.events().totals().byMonth().keySet().stream().map(YearMonth::toString).toList(),
                period.partnerNames(), period.agencies().stream()
                        .collect(Collectors.toMap(AgencyFigure::code, AgencyFigure::name)));
    }
}
