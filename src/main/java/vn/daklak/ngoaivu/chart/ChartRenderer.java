package vn.daklak.ngoaivu.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * Draws the charts of one report period into a folder: {@code <slug>.png} (1600×900, for slides) and {@code <slug>.svg}
 * for each chart. The data come from the current accepted submissions only; the same data give the same charts.
 */
@Component
public class ChartRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(ChartRenderer.class);

    private final ReportCharts charts;

    /** Deadlines come from a {@link SubmissionDeadlines} bean when the application defines one, else the defaults. */
    public ChartRenderer(JdbcClient jdbc, ObjectProvider<SubmissionDeadlines> deadlines) {
        ChartFonts.register();
        this.charts = new ReportCharts(new ChartDatasets(jdbc, deadlines.getIfAvailable(SubmissionDeadlines::defaults)));
    }

    /** Writes every chart of ({@code year}, {@code period}) into {@code chartsDir}, created when absent. */
    public List<RenderedChart> renderAll(int year, Period period, Path chartsDir) {
        ChartFonts.register();
        createDirectories(chartsDir);
        List<RenderedChart> rendered = new ArrayList<>();
        for (ReportCharts.NamedChart chart : charts.build(year, period)) {
            Path png = chartsDir.resolve(chart.name() + ".png");
            Path svg = chartsDir.resolve(chart.name() + ".svg");
            ChartWriter.png(chart.chart(), png);
            ChartWriter.svg(chart.chart(), svg);
            rendered.add(new RenderedChart(chart.name(), chart.title(), png, svg));
        }
        LOG.info("Đã vẽ {} biểu đồ {} {} vào {}", rendered.size(), period.label(), year, chartsDir);
        return rendered;
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được thư mục biểu đồ " + dir, e);
        }
    }
}
