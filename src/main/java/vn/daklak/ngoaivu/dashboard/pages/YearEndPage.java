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
    private final RenderedRows rendered;

    YearEndPage(FiguresCache figures, ChartCache charts, Labels labels, Formats formats, RenderedRows rendered) {
        this.figures = figures;
        this.charts = charts;
        this.labels = labels;
        this.formats = formats;
        this.rendered = rendered;
    }

    @GetMapping("/year-end")
    String yearEnd(@ModelAttribute("selection") Selection selection, Model model, Locale locale) {
        PeriodFigures year = figures.load(selection.year(), Period.YEAR);
        model.addAttribute("figures", year);
        model.addAttribute("comparison", year.yearComparison());
        model.addAttribute("lines", scorecard(selection.year()));
        model.addAttribute("rowsHtml", rendered.html("year-end-rows", List.of(selection.year()), locale,
                () -> scorecard(selection.year()).stream().map(this::view).toList()));
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
        for (MeasureText m : texts(line)) {
            cells.addAll(List.of(m.value(), m.rank(), m.previous(), m.change()));
        }
        return cells;
    }

    /** The page's line: value (but for timeliness, shown as "2/2" with the badge), rank and change of each measure. */
    private ScoreRow view(Scorecard.Line line) {
        List<ScoreRow.Cell> cells = new ArrayList<>();
        List<MeasureText> texts = texts(line);
        for (int i = 0; i < texts.size(); i++) {
            MeasureText m = texts.get(i);
            if (i > 0) {
                cells.add(new ScoreRow.Cell(m.value(), "num"));
            }
            cells.add(new ScoreRow.Cell(m.rank(), "num"));
            cells.add(new ScoreRow.Cell(m.change(), "num change" + direction(m.measure(),
                    m.measure() == line.rejectedFiles())));
        }
        return new ScoreRow(line.name(), line.predecessors().isEmpty() ? null : String.join("; ", line.predecessors()),
                line.onTime(), "badge " + line.state().cssClass(), "grid." + line.state(), cells);
    }

    /** " up" for a change for the better (fewer rejected files, more of anything else), " down" for the worse. */
    private static String direction(Scorecard.Measure measure, boolean lowerIsBetter) {
        int sign = measure.change() == null ? 0 : measure.change().signum() * (lowerIsBetter ? -1 : 1);
        return sign > 0 ? " up" : sign < 0 ? " down" : "";
    }

    /** A measure's texts, the same on the page and in the exported table. */
    private record MeasureText(Scorecard.Measure measure, String value, String rank, String previous, String change) {
    }

    private List<MeasureText> texts(Scorecard.Line line) {
        List<MeasureText> texts = new ArrayList<>();
        for (Scorecard.Measure m : List.of(line.timeliness(), line.rejectedFiles(), line.taskCompletion(),
                line.events(), line.executionRate())) {
            boolean percent = m != line.rejectedFiles() && m != line.events();
            texts.add(new MeasureText(m, text(m.value(), percent), m.rank() == null ? "" : m.rank().toString(),
                    text(m.previous(), percent), m.change() == null ? "" : formats.scoreChange(m.change(), percent)));
        }
        return texts;
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
