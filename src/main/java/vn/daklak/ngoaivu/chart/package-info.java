/**
 * Charts of a report period (PNG 1600×900 for slides, and SVG), drawn with JFreeChart from the current accepted
 * submissions. Each dataset has its own small query; {@link vn.daklak.ngoaivu.chart.ChartRenderer} is the entry point.
 * Text uses the bundled DejaVu Sans font so Vietnamese renders on machines without fonts.
 */
package vn.daklak.ngoaivu.chart;
