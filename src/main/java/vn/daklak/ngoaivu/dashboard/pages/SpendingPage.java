package vn.daklak.ngoaivu.dashboard.pages;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.report.AgencyFigure;
import vn.daklak.ngoaivu.report.MoneyTotals;
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
    private final Formats formats;
    private final RenderedRows rendered;

    SpendingPage(FiguresCache figures, ChartCache charts, Formats formats, RenderedRows rendered) {
        this.figures = figures;
        this.charts = charts;
        this.formats = formats;
        this.rendered = rendered;
    }

    @GetMapping("/spending")
    String spending(@ModelAttribute("selection") Selection selection, Model model, Locale locale) {
        SpendingView view = figures.derived(List.of("spending", selection), () -> view(selection));
        model.addAttribute("figures", view);
        model.addAttribute("agencyNames", view.agencyNames());
        model.addAttribute("sourceLines", view.bySource());
        model.addAttribute("agencyRowsHtml",
                rendered.html("spending-rows", List.of(selection), locale, view::byAgency));
        model.addAttribute("charts", charts.svg(figures.load(selection.year(), selection.period()), CHARTS));
        return "spending";
    }

    /** The report model's spending figures the page shows (the template reads them by the model's own names). */
    record SpendingView(MoneyTotals spendingTotal, BigDecimal executionRatePercent,
                        Map<FundingSource, MoneyTotals> spendingBySource, SortedMap<String, MoneyTotals> spendingByAgency,
                        Map<String, String> agencyNames, List<SpendingLine> bySource, List<SpendingLine> byAgency) {
    }

    private SpendingView view(Selection selection) {
        PeriodFigures period = figures.load(selection.year(), selection.period());
        Map<String, String> names = period.agencies().stream()
                .collect(Collectors.toMap(AgencyFigure::code, AgencyFigure::name));
        return new SpendingView(period.spendingTotal(), period.executionRatePercent(), period.spendingBySource(),
                period.spendingByAgency(), names,
                period.spendingBySource().entrySet().stream()
                        .map(e -> SpendingLine.of("source." + e.getKey(), e.getValue(), formats)).toList(),
                period.spendingByAgency().entrySet().stream()
                        .map(e -> SpendingLine.of(names.getOrDefault(e.getKey(), e.getKey()), e.getValue(), formats))
                        .toList());
    }
}
