package vn.daklak.ngoaivu.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.report.PeriodFigures;

/**
 * Draws the charts of one report period into a folder: {@code <slug>.png} (1600×900, for slides) and {@code <slug>.svg}
 * for each chart. Every number comes from the period's {@link PeriodFigures}, the model the reports print; the same
 * figures give the same files.
 */
@Component
public class ChartRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(ChartRenderer.class);

    public ChartRenderer() {
        ChartFonts.register();
    }

    /** Writes every chart of the period's {@code figures} into {@code chartsDir}, created when absent. */
    public List<RenderedChart> render(PeriodFigures figures, Path chartsDir) {
        createDirectories(chartsDir);
        // each chart is drawn and encoded on its own (no shared state), so on as many cores as the common pool has:
        // drawing and encoding the PNGs and SVGs is the largest single part of a report set
        List<RenderedChart> rendered = ChartSet.build(figures).parallelStream().map(chart -> {
            Path png = chartsDir.resolve(chart.name() + ".png");
            Path svg = chartsDir.resolve(chart.name() + ".svg");
            ChartWriter.png(chart.chart(), png);
            ChartWriter.svg(chart.chart(), svg);
            return new RenderedChart(chart.name(), chart.title(), png, svg);
        }).toList();
        LOG.info("Đã vẽ {} biểu đồ {} {} vào {}", rendered.size(), figures.period().label(), figures.year(), chartsDir);
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
