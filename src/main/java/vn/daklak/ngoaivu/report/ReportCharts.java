package vn.daklak.ngoaivu.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders the period's charts as PNG files into a folder; the workbook embeds them. Provided by the chart package
 * (adapter over {@code vn.daklak.ngoaivu.chart.ChartRenderer}); without such a bean the reports have no charts.
 */
@FunctionalInterface
public interface ReportCharts {

    List<ChartImage> render(PeriodFigures figures, Path folder) throws IOException;
}
