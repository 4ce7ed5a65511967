package vn.daklak.ngoaivu.chart;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/** Writes a chart as a 1600×900 PNG and as SVG. */
final class ChartWriter {

    static final int WIDTH = 1600;
    static final int HEIGHT = 900;

    private ChartWriter() {
    }

    static void png(JFreeChart chart, Path file) {
        try {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được biểu đồ " + file, e);
        }
    }

    /**
     * Text is drawn as outlines, so the SVG shows the same letters wherever it is opened, font or not. A fixed prefix
     * for element ids (JFreeSVG's default is time-based) keeps the file identical when the data are.
     */
    static void svg(JFreeChart chart, Path file) {
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        graphics.setDefsKeyPrefix("ngvh-");
        graphics.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));
        try {
            Files.writeString(file, graphics.getSVGDocument(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được biểu đồ " + file, e);
        }
    }
}
