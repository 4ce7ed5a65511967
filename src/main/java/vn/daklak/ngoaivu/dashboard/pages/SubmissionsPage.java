package vn.daklak.ngoaivu.dashboard.pages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.AgencyFigure;
import vn.daklak.ngoaivu.report.PeriodFigures;

/**
 * Nộp báo cáo: the agency × period grid of the selected year, one agency's files for one period, and what changed
 * between two of its accepted versions.
 */
@ServletOnly
@Controller
class SubmissionsPage {

    private final FiguresCache figures;
    private final SubmissionHistory history;
    private final Labels labels;
    private final VersionDiff diff;
    private final DiffValues diffValues;

    SubmissionsPage(FiguresCache figures, SubmissionHistory history, Labels labels, VersionDiff diff,
            DiffValues diffValues) {
        this.diff = diff;
        this.diffValues = diffValues;
        this.figures = figures;
        this.history = history;
        this.labels = labels;
    }

    @GetMapping("/submissions")
    String grid(@ModelAttribute("selection") Selection selection,
            @RequestParam(defaultValue = "false") boolean outstanding, Model model) {
        List<GridRow> all = rows(selection.year());
        // "not yet reported" is about the selected period: an agency is not late for a period still open
        List<GridRow> rows = outstanding
                ? all.stream().filter(r -> r.cells().get(selection.period()).outstanding()).toList() : all;
        model.addAttribute("rows", rows);
        model.addAttribute("lines", figures.derived(List.of("gridLines", selection, outstanding),
                () -> rows.stream().map(r -> GridLine.of(r, selection.year())).toList()));
        model.addAttribute("outstanding", outstanding);
        return "submissions";
    }

    @GetMapping(value = "/submissions", params = "format")
    ResponseEntity<byte[]> gridExport(@ModelAttribute("selection") Selection selection, @RequestParam String format,
            @RequestParam(defaultValue = "false") boolean outstanding, Locale locale) {
        List<String> headers = new ArrayList<>(List.of(labels.get("col.code", locale), labels.get("col.agency", locale)));
        for (Period period : Period.values()) {
            headers.add(labels.get("period." + period, locale));
        }
        List<List<String>> rows = rows(selection.year()).stream()
                .filter(r -> !outstanding || r.cells().get(selection.period()).outstanding()).map(r -> {
            List<String> cells = new ArrayList<>(List.of(r.code(), r.name()));
            for (Period period : Period.values()) {
                cells.add(labels.get("grid." + r.cells().get(period).state(), locale));
            }
            return cells;
        }).toList();
        String name = "nop-bao-cao-" + selection.year() + (outstanding ? "-chua-bao-cao-" + selection.period() : "");
        return labels.export(new ExportTable(name, headers, rows), format);
    }

    @GetMapping("/submissions/history")
    String history(@ModelAttribute("selection") Selection selection, @RequestParam String agency, Model model) {
        PeriodFigures period = figures.load(selection.year(), selection.period());
        model.addAttribute("agency", period.agencies().stream().filter(a -> a.code().equals(agency)).findFirst()
                .orElse(null));
        model.addAttribute("agencyCode", agency);
        List<SubmissionHistory.File> files = history.files(agency, selection.year(), selection.period());
        model.addAttribute("files", files);
        model.addAttribute("previousVersion", previousVersions(files));
        return "submission-history";
    }

    @GetMapping("/submissions/diff")
    String diff(@ModelAttribute("selection") Selection selection, @RequestParam String agency,
            @RequestParam long from, @RequestParam long to, Locale locale, Model model) {
        if (!diff.belongs(from, agency, selection.year(), selection.period())
                || !diff.belongs(to, agency, selection.year(), selection.period())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("agencyCode", agency);
        model.addAttribute("files", history.files(agency, selection.year(), selection.period()).stream()
                .filter(f -> f.id() == from || f.id() == to).toList());
        model.addAttribute("sheets", diffValues.shown(diff.compare(from, to), locale));
        return "submission-diff";
    }

    /** Each accepted file's id to the accepted file received just before it, the base of "what changed". */
    private static Map<Long, Long> previousVersions(List<SubmissionHistory.File> files) {
        Map<Long, Long> previous = new java.util.HashMap<>();
        Long last = null;
        for (SubmissionHistory.File file : files) {
            if ("ACCEPTED".equals(file.status())) {
                if (last != null) {
                    previous.put(file.id(), last);
                }
                last = file.id();
            }
        }
        return previous;
    }

    private List<GridRow> rows(int year) {
        return figures.derived(List.of("grid", year), () -> computeRows(year));
    }

    private List<GridRow> computeRows(int year) {
        Map<String, String> names = new TreeMap<>();
        Map<String, Map<Period, GridCell>> cells = new TreeMap<>();
        for (Period period : Period.values()) {
            Map<String, SubmissionHistory.Counts> counts = history.counts(year, period);
            for (AgencyFigure agency : figures.load(year, period).agencies()) {
                SubmissionHistory.Counts c = counts.getOrDefault(agency.code(), new SubmissionHistory.Counts(0, 0));
                names.put(agency.code(), agency.name());
                cells.computeIfAbsent(agency.code(), k -> new EnumMap<>(Period.class))
                        .put(period, GridCell.of(agency, c.files(), c.superseded()));
            }
        }
        List<GridRow> rows = new ArrayList<>();
        cells.forEach((code, byPeriod) -> {
            for (Period period : Period.values()) {
                byPeriod.putIfAbsent(period, GridCell.notExpected());
            }
            rows.add(new GridRow(code, names.get(code), byPeriod));
        });
        rows.sort(java.util.Comparator.comparing(GridRow::name, java.text.Collator.getInstance(
                java.util.Locale.forLanguageTag("vi"))));
        return rows;
    }
}
