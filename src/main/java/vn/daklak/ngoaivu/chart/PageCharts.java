package vn.daklak.ngoaivu.chart;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.entity.StandardEntityCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.report.PeriodFigures;

/**
 * The report's charts for a web page: the same {@link ChartSet} of the same {@link PeriodFigures} as the report's
 * files, drawn as an inline SVG element (value of each bar or slice in its tooltip) or as the slide-sized PNG to
 * download, in the reader's {@link ChartLanguage}. Text is drawn as SVG {@code <text>}, which JFreeSVG escapes for
 * XML as the tooltips and the label are: agency text is as safe there as anywhere Thymeleaf prints it, whereas the
 * outline of every glyph (drawn before, to keep agency text out of the markup) made one year-end chart 300 KB.
 */
@Component
public class PageCharts {

    /** Smaller than the slide, so the slide-sized lettering stays readable when a page shows the chart half-wide. */
    static final int WIDTH = 1200;
    static final int HEIGHT = 675;
    private static final int CROWDED_COLUMNS = 8;

    /** A chart for a page: its slug, its title (plain text) and its {@code <svg>} element. */
    public record PageChart(String name, String title, String svg) {
    }

    public PageCharts() {
        ChartFonts.register();
    }

    /** The slugs of the period's charts, in the report's order. */
    public List<String> names(PeriodFigures figures) {
        return ChartSet.build(figures).stream().map(ChartSet.NamedChart::name).toList();
    }

    /** The chart of that slug as an inline {@code <svg>} element, in Vietnamese; empty when there is no such chart. */
    public Optional<PageChart> svg(PeriodFigures figures, String name) {
        return svg(figures, name, ChartLanguage.VIETNAMESE);
    }

    /** The chart of that slug as an inline {@code <svg>} element; empty when the period has no such chart. */
    public Optional<PageChart> svg(PeriodFigures figures, String name, ChartLanguage language) {
        return chart(figures, name, language).map(chart -> {
            SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
            // ids must differ between the charts of one page, and stay the same for the same data
            graphics.setDefsKeyPrefix("ngvh-" + name + "-");
            graphics.setGeomDoubleConverter(InlineSvg::number);
            graphics.setTransformDoubleConverter(InlineSvg::number);
            graphics.setFontFunction(family -> InlineSvg.FONT_FAMILY);
            fitCategoryLabels(chart.chart());
            ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
            chart.chart().draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT), null, info);
            String element = graphics.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
            return new PageChart(name, chart.title(), InlineSvg.of(element, chart.title(),
                    info.getEntityCollection()));
        });
    }

    /** The chart of that slug as the report's 1600×900 PNG, in Vietnamese; empty when there is no such chart. */
    public Optional<byte[]> png(PeriodFigures figures, String name) {
        return png(figures, name, ChartLanguage.VIETNAMESE);
    }

    /** The chart of that slug as the report's 1600×900 PNG; empty when the period has no such chart. */
    public Optional<byte[]> png(PeriodFigures figures, String name, ChartLanguage language) {
        return chart(figures, name, language).map(chart -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ChartUtils.writeChartAsPNG(out, chart.chart(), ChartWriter.WIDTH, ChartWriter.HEIGHT);
            } catch (IOException e) {
                throw new UncheckedIOException("Không vẽ được biểu đồ " + name, e);
            }
            return out.toByteArray();
        });
    }

    /**
     * The page's drawing is narrower than the slide: a dozen month labels ("12/2023") across it would be cut to "12…".
     * Slanted, they fit; the report's charts keep their upright labels.
     */
    private static void fitCategoryLabels(JFreeChart chart) {
        if (chart.getPlot() instanceof CategoryPlot plot && plot.getOrientation() == PlotOrientation.VERTICAL
                && plot.getDataset() != null && plot.getDataset().getColumnCount() > CROWDED_COLUMNS) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
    }

    private static Optional<ChartSet.NamedChart> chart(PeriodFigures figures, String name, ChartLanguage language) {
        ChartWords words = language == ChartLanguage.VIETNAMESE ? ChartWords.VIETNAMESE : new ChartWords(language);
        return ChartSet.build(figures, words).stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
