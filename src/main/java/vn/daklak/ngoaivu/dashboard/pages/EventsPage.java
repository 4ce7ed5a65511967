package vn.daklak.ngoaivu.dashboard.pages;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.report.AgencyFigure;
import vn.daklak.ngoaivu.report.EventFigure;
import vn.daklak.ngoaivu.report.PeriodFigures;

/** Hoạt động: the period's events, filtered, sorted and paged as the URL says, and the period's event charts. */
@ServletOnly
@Controller
class EventsPage {

    static final List<String> CHARTS = List.of("su-kien-theo-quoc-gia", "su-kien-theo-doi-tac", "su-kien-theo-thang");

    private final FiguresCache figures;
    private final ChartCache charts;

    EventsPage(FiguresCache figures, ChartCache charts) {
        this.figures = figures;
        this.charts = charts;
    }

    @GetMapping("/events")
    String events(@ModelAttribute("selection") Selection selection,
            @RequestParam(required = false) String country, @RequestParam(required = false) String partner,
            @RequestParam(required = false) String type, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String month, @RequestParam(defaultValue = "date") String sort,
            @RequestParam(defaultValue = "false") boolean desc, @RequestParam(defaultValue = "1") int page,
            Model model) {
        PeriodFigures period = figures.load(selection.year(), selection.period());
        EventQuery query = new EventQuery(selection, country, partner, type, agency, month, sort, desc, page);
        List<EventFigure> rows = query.apply(period.events());
        int pages = Math.max(1, (rows.size() + EventQuery.PAGE_SIZE - 1) / EventQuery.PAGE_SIZE);
        int shown = Math.min(query.page(), pages);
        model.addAttribute("query", query);
        model.addAttribute("total", rows.size());
        model.addAttribute("pages", pages);
        model.addAttribute("pageNumber", shown);
        model.addAttribute("rows", rows.subList((shown - 1) * EventQuery.PAGE_SIZE,
                Math.min(rows.size(), shown * EventQuery.PAGE_SIZE)));
        model.addAttribute("countries", EventQuery.choices(period.events(), EventFigure::country));
        model.addAttribute("types", EventQuery.choices(period.events(), EventFigure::eventType));
        model.addAttribute("agencyCodes", EventQuery.choices(period.events(), EventFigure::agencyCode));
        model.addAttribute("months", EventQuery.choices(period.events(), e -> e.startDate().toString().substring(0, 7)));
        model.addAttribute("partnerNames", period.partnerNames());
        model.addAttribute("agencyNames", period.agencies().stream()
                .collect(Collectors.toMap(AgencyFigure::code, AgencyFigure::name)));
        model.addAttribute("charts", charts.svg(period, CHARTS));
        return "events";
    }
}
