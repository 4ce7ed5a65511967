package vn.daklak.ngoaivu.chart;

import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.report.ChartImage;
import vn.daklak.ngoaivu.report.PeriodFigures;
import vn.daklak.ngoaivu.report.ReportCharts;

/** The period's briefing charts as the reports embed them: the chart feature plugged into {@link ReportCharts}. */
@Component
class ReportChartImages implements ReportCharts {

    private final ChartRenderer renderer;

    ReportChartImages(ChartRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public List<ChartImage> render(PeriodFigures figures, Path folder) {
        return renderer.render(figures, folder).stream().map(chart -> new ChartImage(chart.title(), chart.png(), ChartWriter.WIDTH, ChartWriter.HEIGHT))
                .toList();
    }
}
