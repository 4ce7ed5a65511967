package vn.daklak.ngoaivu.dashboard.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.daklak.ngoaivu.report.PeriodFigures;
import vn.daklak.ngoaivu.report.PeriodFiguresQuery;

/** Tổng quan: the period's key figures against the same period a year earlier, and the latest run's outcome. */
@Controller
class OverviewPage {

    private final PeriodFiguresQuery figures;
    private final RunHistory runs;

    OverviewPage(PeriodFiguresQuery figures, RunHistory runs) {
        this.figures = figures;
        this.runs = runs;
    }

    @GetMapping("/")
    String overview(@ModelAttribute("selection") Selection selection, Model model) {
        PeriodFigures now = figures.load(selection.year(), selection.period());
        PeriodFigures before = figures.load(selection.year() - 1, selection.period());
        model.addAttribute("figures", now);
        model.addAttribute("tiles", KeyFigures.of(now, before));
        model.addAttribute("lastRun", runs.lastWithFiles().orElse(null));
        return "overview";
    }
}
