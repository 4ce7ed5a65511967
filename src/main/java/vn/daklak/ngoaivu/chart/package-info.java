/**
 * Charts of a report period (PNG 1600×900 for slides, and SVG), drawn with JFreeChart: a pure rendering of the
 * period's {@link vn.daklak.ngoaivu.report.PeriodFigures}, so a chart never shows a number the reports do not.
 * {@link vn.daklak.ngoaivu.chart.ChartRenderer} is the entry point; this package depends on {@code report}'s model,
 * never the reverse. Text uses the bundled DejaVu Sans font so Vietnamese renders on machines without fonts.
 */
package vn.daklak.ngoaivu.chart;
