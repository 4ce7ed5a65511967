package vn.daklak.ngoaivu.dashboard.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.PeriodFigures;

/**
 * Phân tích cuối năm: the year over the last years across the 2025 reorganisation (the annual report's year
 * comparison and its charts), and the agency scorecard of the year (both reports of the year for timeliness, the
 * annual report for the rest), printable and exportable.
 */
@ServletOnly
@Controller
class YearEndPage {

    static final List<String> CHARTS = List.of("so-sanh-cac-nam", "nhiem-vu-hoan-thanh-cac-nam", "kinh-phi-cac-nam");
    private static final List<String> MEASURES = List.of("timeliness", "rejectedFiles", "taskCompletion", "events",
            "executionRate");

    private final FiguresCache figures;
    private final ChartCache charts;
    private final Labels labels;
    private final Formats formats;

    YearEndPage(FiguresCache figures, ChartCache charts, Labels labels, Formats formats) {
        this.figures = figures;
        this.charts = charts;
        this.labels = labels;
        this.formats = formats;
    }

    @GetMapping("/year-end")
    String yearEnd(@ModelAttribute("selection") Selection selection, Model model) {
        PeriodFigures year = figures.load(selection.year(), Period.YEAR);
        model.addAttribute("figures", year);
        model.addAttribute("comparison", year.yearComparison());
        model.addAttribute("lines", scorecard(selection.year()));
        model.addAttribute("charts", charts.svg(year, CHARTS));
        return "year-end";
    }

    @GetMapping(value = "/year-end", params = "format")
    ResponseEntity<byte[]> export(@ModelAttribute("selection") Selection selection, @RequestParam String format,
            Locale locale) {
        List<String> headers = new ArrayList<>(List.of(labels.get("col.code", locale), labels.get("col.agency", locale),
                labels.get("yearEnd.carries", locale)));
        for (String measure : MEASURES) {
            String name = labels.get("score." + measure, locale);
            headers.addAll(List.of(name, name + " · " + labels.get("score.rank", locale),
                    name + " · " + labels.get("score.previous", locale, selection.year() - 1),
                    name + " · " + labels.get("score.change", locale)));
        }
        List<List<String>> rows = scorecard(selection.year()).stream().map(this::row).toList();
        return labels.export(new ExportTable("bang-danh-gia-co-quan-" + selection.year(), headers, rows), format);
    }

    private List<String> row(Scorecard.Line line) {
        List<String> cells = new ArrayList<>(List.of(line.code(), line.name(), String.join("; ", line.predecessors())));
        for (Scorecard.Measure m : List.of(line.timeliness(), line.rejectedFiles(), line.taskCompletion(),
                line.events(), line.executionRate())) {
            boolean percent = m != line.rejectedFiles() && m != line.events();
            cells.addAll(List.of(text(m.value(), percent), m.rank() == null ? "" : m.rank().toString(),
                    text(m.previous(), percent), m.change() == null ? "" : formats.scoreChange(m.change(), percent)));
        }
        return cells;
    }

    private String text(BigDecimal value, boolean percent) {
        return percent ? formats.percent(value) : formats.count(value);
    }

    private List<Scorecard.Line> scorecard(int year) {
        return figures.derived(List.of("scorecard", year),
                () -> Scorecard.of(figures.load(year, Period.H1), figures.load(year, Period.YEAR),
                        figures.load(year - 1, Period.H1), figures.load(year - 1, Period.YEAR)));
    }
}
