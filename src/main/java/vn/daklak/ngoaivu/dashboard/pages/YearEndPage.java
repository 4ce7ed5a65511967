package vn.daklak.ngoaivu.dashboard.pages;

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
 * Phân tích cuối năm: the agency scorecard of the selected year, always from the annual report (the year-end
 * evaluation judges the whole year), printable and exportable.
 */
@ServletOnly
@Controller
class YearEndPage {

    private final FiguresCache figures;
    private final Labels labels;
    private final Formats formats;

    YearEndPage(FiguresCache figures, Labels labels, Formats formats) {
        this.figures = figures;
        this.labels = labels;
        this.formats = formats;
    }

    @GetMapping("/year-end")
    String yearEnd(@ModelAttribute("selection") Selection selection, Model model) {
        PeriodFigures year = figures.load(selection.year(), Period.YEAR);
        model.addAttribute("figures", year);
        model.addAttribute("lines", scorecard(selection.year()));
        return "year-end";
    }

    @GetMapping(value = "/year-end", params = "format")
    ResponseEntity<byte[]> export(@ModelAttribute("selection") Selection selection, @RequestParam String format,
            Locale locale) {
        List<String> headers = new ArrayList<>(List.of(labels.get("col.code", locale), labels.get("col.agency", locale)));
        for (String measure : List.of("timeliness", "rejectedFiles", "taskCompletion", "events", "executionRate")) {
            String name = labels.get("score." + measure, locale);
            headers.addAll(List.of(name, name + " · " + labels.get("score.rank", locale),
                    name + " · " + labels.get("score.previous", locale, selection.year() - 1)));
        }
        List<List<String>> rows = scorecard(selection.year()).stream().map(l -> {
            List<String> cells = new ArrayList<>(List.of(l.code(), l.name()));
            Scorecard.Measure t = l.timeliness();
            cells.addAll(List.of(labels.get("score.timeliness." + t.value(), locale), t.rank().toString(),
                    t.previous() == null ? "" : labels.get("score.timeliness." + t.previous(), locale)));
            for (Scorecard.Measure m : List.of(l.rejectedFiles(), l.taskCompletion(), l.events(), l.executionRate())) {
                cells.addAll(List.of(text(m.value()), m.rank() == null ? "" : m.rank().toString(), text(m.previous())));
            }
            return cells;
        }).toList();
        return labels.export(new ExportTable("bang-danh-gia-co-quan-" + selection.year(), headers, rows), format);
    }

    private List<Scorecard.Line> scorecard(int year) {
        return figures.derived(List.of("scorecard", year),
                () -> Scorecard.of(figures.load(year, Period.YEAR), figures.load(year - 1, Period.YEAR)));
    }

    private String text(java.math.BigDecimal value) {
        return value == null ? "" : value.scale() == 0 ? formats.count(value) : formats.percent(value).replace("%", "");
    }
}
