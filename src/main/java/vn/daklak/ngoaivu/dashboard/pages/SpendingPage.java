package vn.daklak.ngoaivu.dashboard.pages;

import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.report.AgencyFigure;
import vn.daklak.ngoaivu.report.PeriodFigures;

/** Kinh phí: estimate, allocation and spending by funding source and by agency, with the execution rate. */
@ServletOnly
@Controller
class SpendingPage {

    private final FiguresCache figures;

    SpendingPage(FiguresCache figures) {
        this.figures = figures;
    }

    @GetMapping("/spending")
    String spending(@ModelAttribute("selection") Selection selection, Model model) {
        PeriodFigures period = figures.load(selection.year(), selection.period());
        model.addAttribute("figures", period);
        model.addAttribute("agencyNames", period.agencies().stream()
                .collect(Collectors.toMap(AgencyFigure::code, AgencyFigure::name)));
        return "spending";
    }
}
