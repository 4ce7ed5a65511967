package vn.daklak.ngoaivu.chart;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/** The look shared by every chart: the bundled font everywhere, sizes for a 1600×900 slide, flat bars, white. */
final class ChartTheme {

    private static final Color GRID = new Color(0xD0D0D0);

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
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(16, 24, 16, 24));
    }
}
