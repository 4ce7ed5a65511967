package vn.daklak.ngoaivu.dashboard.pages;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.report.PeriodFigures;

/**
 * Tổng quan: the period's key figures against the same period a year earlier, the latest run's outcome, and the
 * briefing charts, drawn from the same figures as the period's reports.
 */
@ServletOnly
@Controller
class OverviewPage {

    static final List<String> CHARTS = List.of("tinh-trang-nop-bao-cao", "trang-thai-nhiem-vu",
            "su-kien-theo-quoc-gia", "kinh-phi-theo-nguon");

    private final FiguresCache figures;
    private final RunHistory runs;
    private final ChartCache charts;

    OverviewPage(FiguresCache figures, RunHistory runs, ChartCache charts) {
        this.figures = figures;
        this.runs = runs;
        this.charts = charts;
    }

    @GetMapping("/")
    String overview(@ModelAttribute("selection") Selection selection, Model model) {
        PeriodFigures now = figures.load(selection.year(), selection.period());
        PeriodFigures before = figures.load(selection.year() - 1, selection.period());
        model.addAttribute("figures", now);
        model.addAttribute("tiles", figures.derived(java.util.List.of("tiles", selection),
                () -> KeyFigures.of(now, before)));
        model.addAttribute("lastRun", runs.lastWithFiles().orElse(null));
        model.addAttribute("charts", charts.svg(now, CHARTS));
        return "overview";
    }
}
