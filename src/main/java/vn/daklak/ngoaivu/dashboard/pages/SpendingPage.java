package vn.daklak.ngoaivu.dashboard.pages;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.report.AgencyFigure;
import vn.daklak.ngoaivu.report.PeriodFigures;

/**
 * Kinh phí: estimate, allocation and spending by funding source and by agency, with the execution rate, and the
 * period's spending charts.
 */
@ServletOnly
@Controller
class SpendingPage {

    static final List<String> CHARTS = List.of("kinh-phi-theo-nguon", "ty-le-giai-ngan-theo-co-quan",
            "kinh-phi-cac-nam");

    private final FiguresCache figures;
    private final ChartCache charts;

    SpendingPage(FiguresCache figures, ChartCache charts) {
        this.figures = figures;
        this.charts = charts;
    }

    @GetMapping("/spending")
    String spending(@ModelAttribute("selection") Selection selection, Model model) {
        PeriodFigures period = figures.load(selection.year(), selection.period());
        model.addAttribute("figures", period);
        model.addAttribute("agencyNames", period.agencies().stream()
                .collect(Collectors.toMap(AgencyFigure::code, AgencyFigure::name)));
        model.addAttribute("charts", charts.svg(period, CHARTS));
        return "spending";
    }
}
