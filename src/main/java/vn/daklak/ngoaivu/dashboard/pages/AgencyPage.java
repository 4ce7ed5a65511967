package vn.daklak.ngoaivu.dashboard.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.TaskStatus;
import vn.daklak.ngoaivu.report.AgencyFigure;
import vn.daklak.ngoaivu.report.MoneyTotals;
import vn.daklak.ngoaivu.report.PeriodFigures;

/** Cơ quan: one agency across every period and year: its submission, tasks, events and spending. */
@ServletOnly
@Controller
class AgencyPage {

    private final FiguresCache figures;
    private final PeriodChoices choices;
    private final Labels labels;
    private final Formats formats;
    private final AgencyTables tables;
    private final RenderedRows rendered;

    AgencyPage(FiguresCache figures, PeriodChoices choices, Labels labels, Formats formats, AgencyTables tables,
               RenderedRows rendered) {
        this.tables = tables;
        this.rendered = rendered;
        this.figures = figures;
        this.choices = choices;
        this.labels = labels;
        this.formats = formats;
    }

    /** The agency in one (year, period); its figures are the report model's rows of that agency. */
    record PeriodLine(int year, Period period, GridCell.State state, long tasksDone, long tasksReported,
                      long events, long abroad, MoneyTotals money) {
    }

    /** The HTML of the agency's three tables' rows in the selected period (agency-*-rows.html). */
    record RowsHtml(String tasks, String events, String spending) {
    }

    @GetMapping("/agencies")
    String agency(@ModelAttribute("selection") Selection selection, @RequestParam(required = false) String agency,
            Model model, Locale locale) {
        List<AgencyFigure> agencies = figures.derived(List.of("agencies", selection),
                () -> figures.load(selection.year(), selection.period()).agencies().stream()
                        .sorted(Comparator.comparing(AgencyFigure::name, java.text.Collator.getInstance(
                                java.util.Locale.forLanguageTag("vi")))).toList());
        String code = agency != null ? agency : agencies.isEmpty() ? null : agencies.get(0).code();
        model.addAttribute("agencies", agencies);
        model.addAttribute("code", code);
        model.addAttribute("lines", code == null ? List.of() : lines(code));
        AgencyTables.Rows rows = tables.of(selection, code);
        model.addAttribute("rows", rows);
        model.addAttribute("rowsHtml", rowsHtml(selection, code, rows, locale));
        model.addAttribute("name", agencies.stream().filter(a -> a.code().equals(code)).map(AgencyFigure::name)
                .findFirst().orElse(code));
        return "agency";
    }

    private RowsHtml rowsHtml(Selection selection, String code, AgencyTables.Rows rows, Locale locale) {
        if (code == null) {
            return new RowsHtml("", "", "");
        }
        List<Object> key = List.of(selection, code);
        return figures.derived(List.of("agency-rows-html", key, locale), () -> {
            AgencyRowLines lines = AgencyRowLines.of(rows, formats);
            return new RowsHtml(rendered.html("agency-task-rows", key, locale, lines::tasks),
                    rendered.html("agency-event-rows", key, locale, lines::events),
                    rendered.html("agency-spending-rows", key, locale, lines::spending));
        });
    }

    /** The agency's table across periods, as the page shows it. */
    @GetMapping(value = "/agencies", params = {"format", "agency"})
    ResponseEntity<byte[]> export(@ModelAttribute("selection") Selection selection, @RequestParam String agency,
            @RequestParam String format, Locale locale) {
        List<String> headers = Stream.of("select.period", "col.state", "tile.tasksDone", "tile.events",
                "tile.eventsAbroad", "col.allocated", "col.spent", "col.rate").map(k -> labels.get(k, locale)).toList();
        List<List<String>> rows = lines(agency).stream().map(l -> List.of(
                labels.get("period." + l.period(), locale) + " " + l.year(), labels.get("grid." + l.state(), locale),
                formats.count(l.tasksDone()) + " / " + formats.count(l.tasksReported()), formats.count(l.events()),
                formats.count(l.abroad()), formats.count(l.money().allocated()), formats.count(l.money().spent()),
                formats.percent(l.money().executionRatePercent()))).toList();
        return labels.export(new ExportTable("co-quan-" + agency, headers, rows), format);
    }

    private List<PeriodLine> lines(String code) {
        return figures.derived(List.of("agency", code), () -> computeLines(code));
    }

    private List<PeriodLine> computeLines(String code) {
        List<PeriodLine> lines = new ArrayList<>();
        for (int year : choices.years()) {
            for (Period period : Period.values()) {
                line(figures.load(year, period), code).ifPresent(lines::add);
            }
        }
        return lines;
    }

    private static Optional<PeriodLine> line(PeriodFigures period, String code) {
        Optional<AgencyFigure> agency = period.agencies().stream().filter(a -> a.code().equals(code)).findFirst();
        if (agency.isEmpty()) {
            return Optional.empty();
        }
        long done = period.tasks().stream().filter(t -> t.agencyCode().equals(code) && t.status() == TaskStatus.DONE)
                .count();
        return Optional.of(new PeriodLine(period.year(), period.period(), GridCell.of(agency.get(), 0, 0).state(),
                done, period.tasksByAgency().getOrDefault(code, 0L), period.eventsByAgency().getOrDefault(code, 0L),
                period.abroadEventsByAgency().getOrDefault(code, 0L), period.spendingByAgency().getOrDefault(code, MoneyTotals.ZERO)));
    }
}
