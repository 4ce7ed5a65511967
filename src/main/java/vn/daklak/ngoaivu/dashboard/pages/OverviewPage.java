package vn.daklak.ngoaivu.dashboard.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.daklak.ngoaivu.dashboard.OutputFiles;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.report.PeriodFigures;

/**
 * Tổng quan: the period's key figures against the same period a year earlier, the latest run's outcome, and the
 * briefing charts the period's report build drew from the same figures.
 */
@ServletOnly
@Controller
class OverviewPage {

    private final FiguresCache figures;
    private final RunHistory runs;
    private final OutputFiles files;

    OverviewPage(FiguresCache figures, RunHistory runs, OutputFiles files) {
        this.figures = figures;
        this.runs = runs;
        this.files = files;
    }

    @GetMapping("/")
    String overview(@ModelAttribute("selection") Selection selection, Model model) {
        PeriodFigures now = figures.load(selection.year(), selection.period());
        PeriodFigures before = figures.load(selection.year() - 1, selection.period());
        model.addAttribute("figures", now);
        model.addAttribute("tiles", figures.derived(java.util.List.of("tiles", selection),
                () -> KeyFigures.of(now, before)));
        model.addAttribute("lastRun", runs.lastWithFiles().orElse(null));
        model.addAttribute("charts", files.chartImages(selection.year(), selection.period()));
        return "overview";
    }
}
