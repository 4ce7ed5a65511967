package vn.daklak.ngoaivu.chart;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.labels.StandardPieToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.general.PieDataset;
import vn.daklak.ngoaivu.support.VietnameseNumbers;

/** Builds themed JFreeCharts; numbers are written the Vietnamese way (1.250,5), by {@link VietnameseNumbers}. */
final class ChartBuilder {

    /** Only picks the tick sizes: the labels' format is {@link #numbers()}. */
    private static final Locale TICK_LOCALE = Locale.ROOT;
    private static final int CROWDED = 20;

    private ChartBuilder() {
    }

    static JFreeChart pie(String title, PieDataset<String> data, ChartWords words) {
        JFreeChart chart = ChartFactory.createPieChart(title, data, true, false, false);
        PiePlot<?> plot = (PiePlot<?>) chart.getPlot();
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {1} ({2})", numbers(),
                VietnameseNumbers.percentFormat()));
        // the dashboard's inline SVG shows each slice's value in its tooltip (PageCharts)
        plot.setToolTipGenerator(new StandardPieToolTipGenerator("{0}: {1} ({2})", numbers(),
                VietnameseNumbers.percentFormat()));
        plot.setNoDataMessage(words.word(ChartTexts.NO_DATA));
        // a "Chưa thực hiện: 0 (0%)" label and legend entry say nothing an officer would keep
        plot.setIgnoreZeroValues(true);
        JFreeChart themed = finish(chart, words);
        plot.setShadowPaint(null);
        plot.setLabelBackgroundPaint(Color.WHITE);
        return themed;
    }

    /** Plain or grouped bars; horizontal when the categories are many or long (agencies). */
    static JFreeChart bars(String title, String categoryAxis, String valueAxis, CategoryDataset data,
                           boolean horizontal, boolean integers, ChartWords words) {
        JFreeChart chart = ChartFactory.createBarChart(title, categoryAxis, valueAxis, data, orientation(horizontal),
                data.getRowCount() > 1, false, false);
        CategoryItemRenderer renderer = chart.getCategoryPlot().getRenderer();
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", numbers()));
        renderer.setDefaultItemLabelsVisible(true);
        return finishBars(chart, integers, words);
    }

    /** Stacked bars (no value labels: a label on every slice would clutter). */
    static JFreeChart stacked(String title, String categoryAxis, String valueAxis, CategoryDataset data,
                              boolean horizontal, ChartWords words) {
        JFreeChart chart = ChartFactory.createStackedBarChart(title, categoryAxis, valueAxis, data,
                orientation(horizontal), true, false, false);
        return finishBars(chart, true, words);
    }

    private static JFreeChart finishBars(JFreeChart chart, boolean integers, ChartWords words) {
        CategoryPlot plot = chart.getCategoryPlot();
        // the dashboard's inline SVG shows each bar's value in its tooltip (PageCharts): "Pháp · Số sự kiện: 3"
        plot.getRenderer().setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1} · {0}: {2}",
                numbers()));
        int categories = plot.getDataset().getColumnCount();
        plot.setNoDataMessage(words.word(ChartTexts.NO_DATA));
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        if (integers) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(TICK_LOCALE));
        }
        axis.setNumberFormatOverride(numbers());
        axis.setUpperMargin(0.12);
        JFreeChart themed = finish(chart, words);
        if (categories > CROWDED) {
            // some 40 agencies report: the theme's size would make their names overlap on a 900-pixel slide
            plot.getDomainAxis().setTickLabelFont(ChartFonts.regular(12f));
            plot.getRenderer().setDefaultItemLabelFont(ChartFonts.regular(11f));
        }
        return themed;
    }

    private static JFreeChart finish(JFreeChart chart, ChartWords words) {
        chart.addSubtitle(new TextTitle(words.word(ChartTexts.PLAN)));
        ChartTheme.apply(chart);
        return chart;
    }

    private static PlotOrientation orientation(boolean horizontal) {
        return horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
    }

    private static NumberFormat numbers() {
        return VietnameseNumbers.format(1);
    }
}
