package vn.daklak.ngoaivu.dashboard.pages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.report.AgencyFigure;
import vn.daklak.ngoaivu.report.MoneyTotals;
import vn.daklak.ngoaivu.report.EventFilter;
import vn.daklak.ngoaivu.report.PeriodFigures;

/**
 * The CSV and XLSX exports of the events, tasks and spending tables: the rows the page shows (every page of the
 * events, with its filter and sort), in the reader's language, through {@link Labels#export}'s escaping.
 */
@ServletOnly
@Controller
class PageExports {

    private final FiguresCache figures;
    private final Labels labels;
    private final Formats formats;

    PageExports(FiguresCache figures, Labels labels, Formats formats) {
        this.figures = figures;
        this.labels = labels;
        this.formats = formats;
    }

    @GetMapping(value = "/events", params = "format")
    ResponseEntity<byte[]> events(@ModelAttribute("selection") Selection selection, @RequestParam String format,
            @RequestParam(required = false) String country, @RequestParam(required = false) String partner,
            @RequestParam(required = false) String type, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String month, @RequestParam(defaultValue = "date") String sort,
            @RequestParam(defaultValue = "false") boolean desc, Locale locale) {
        PeriodFigures period = figures.load(selection.year(), selection.period());
        Map<String, String> names = names(period);
        EventQuery query = new EventQuery(selection, country, partner, type, agency, month, sort, desc, 1);
        EventFilter filter = query.filter(period.events().totals().byCountry().keySet());
        List<List<String>> rows = period.events().slice(filter, 0, Integer.MAX_VALUE).stream()
                .map(e -> List.of(formats.date(e.startDate()), e.name(),
                        labels.get("eventType." + e.eventType(), locale), formats.country(e.country()),
                        e.partnerName() == null ? "" : e.partnerName(), names.getOrDefault(e.agencyCode(),
                                e.agencyCode()), formats.count(e.foreignGuests())))
                .toList();
        return labels.export("hoat-dong", selection, labels.headers(locale, "col.date", "col.event", "col.type", "col.country",
                "col.partner", "col.agency", "col.foreignGuests"), rows, format);
    }

    @GetMapping(value = "/tasks", params = "format")
    ResponseEntity<byte[]> tasks(@ModelAttribute("selection") Selection selection, @RequestParam String format,
            Locale locale) {
        PeriodFigures period = figures.load(selection.year(), selection.period());
        Map<String, String> names = names(period);
        List<List<String>> rows = TasksPage.rows(period).stream()
                .map(r -> List.of(r.task().code(), r.task().content(),
                        names.getOrDefault(r.task().leadAgency(), r.task().leadAgency()), r.coordinating(),
                        formats.date(r.task().end()), labels.get("progress." + r.progress(), locale),
                        r.reports().stream().map(t -> names.getOrDefault(t.agencyCode(), t.agencyCode()) + ": "
                                + labels.get("taskStatus." + t.status(), locale)
                                + (t.results() == null ? "" : " — " + t.results()))
                                .collect(Collectors.joining("\n"))))
                .toList();
        return labels.export("nhiem-vu", selection, labels.headers(locale, "col.code", "col.task", "col.lead", "col.coordinating",
                "col.end", "col.progress", "col.reports"), rows, format);
    }

    /** By funding source, or with {@code table=agency} by agency: the page's two tables. */
    @GetMapping(value = "/spending", params = "format")
    ResponseEntity<byte[]> spending(@ModelAttribute("selection") Selection selection, @RequestParam String format,
            @RequestParam(defaultValue = "source") String table, Locale locale) {
        PeriodFigures period = figures.load(selection.year(), selection.period());
        boolean byAgency = "agency".equals(table);
        Map<String, String> names = names(period);
        Stream<Map.Entry<String, MoneyTotals>> sums = byAgency
                ? period.spendingByAgency().entrySet().stream()
                        .map(e -> Map.entry(names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                : period.spendingBySource().entrySet().stream()
                        .map(e -> Map.entry(labels.get("source." + e.getKey(), locale), e.getValue()));
        List<List<String>> rows = sums.map(e -> List.of(e.getKey(), formats.count(e.getValue().estimate()),
                formats.count(e.getValue().allocated()), formats.count(e.getValue().spent()),
                formats.percent(e.getValue().executionRatePercent()))).toList();
        return labels.export(byAgency ? "kinh-phi-theo-co-quan" : "kinh-phi-theo-nguon", selection,
                labels.headers(locale, byAgency ? "col.agency" : "col.source", "col.estimate", "col.allocated", "col.spent",
                        "col.rate"), rows, format);
    }


    private static Map<String, String> names(PeriodFigures period) {
        return period.agencies().stream().collect(Collectors.toMap(AgencyFigure::code, AgencyFigure::name));
    }
}
