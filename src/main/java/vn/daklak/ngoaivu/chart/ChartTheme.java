package vn.daklak.ngoaivu.chart;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/** The look shared by every chart: the bundled font everywhere, sizes for a 1600×900 slide, flat bars, white. */
final class ChartTheme {

    private static final Color GRID = new Color(0xD0D0D0);

    /** Calm, print-safe colours, the same series order on every chart (Tableau 10). */
    private static final Paint[] PALETTE = {
        new Color(0x4E79A7), new Color(0xF28E2B), new Color(0x59A14F), new Color(0xE15759), new Color(0xB07AA1),
        new Color(0x76B7B2), new Color(0xEDC948), new Color(0xFF9DA7), new Color(0x9C755F), new Color(0xBAB0AC)};

    private ChartTheme() {
    }

    static void apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("ngvh");
        theme.setExtraLargeFont(ChartFonts.bold(34f));
        theme.setLargeFont(ChartFonts.regular(22f));
        theme.setRegularFont(ChartFonts.regular(18f));
        theme.setSmallFont(ChartFonts.regular(16f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE, DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE, DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(16, 24, 16, 24));
    }
}
