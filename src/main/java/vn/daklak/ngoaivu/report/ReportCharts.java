package vn.daklak.ngoaivu.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders the period's charts from its figures as PNG files into a folder; the workbook and the .docx report embed
 * them. Implemented by the chart package, which depends on this one (never the reverse); without such a bean the
 * reports have no charts.
 */
@FunctionalInterface
public interface ReportCharts {

    List<ChartImage> render(PeriodFigures figures, Path folder) throws IOException;
}
