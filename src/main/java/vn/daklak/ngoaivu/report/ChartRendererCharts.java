package vn.daklak.ngoaivu.report;

import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.chart.ChartRenderer;

/** The period's briefing charts, drawn by the chart feature, as the reports embed them. */
@Component
class ChartRendererCharts implements ReportCharts {

    private final ChartRenderer renderer;

    ChartRendererCharts(ChartRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public List<ChartImage> render(PeriodFigures figures, Path folder) {
        return renderer.renderAll(figures.year(), figures.period(), folder).stream()
                .map(chart -> new ChartImage(chart.title(), chart.png())).toList();
    }
}
