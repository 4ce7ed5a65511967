package vn.daklak.ngoaivu.chart;

import java.nio.file.Path;

/**
 * One chart written to disk.
 *
 * @param name  ASCII slug, also the file name without extension ({@code trang-thai-nhiem-vu})
 * @param title the Vietnamese title drawn on the chart
 * @param png   the 1600×900 PNG, for slides
 * @param svg   the same chart as SVG
 */
public record RenderedChart(String name, String title, Path png, Path svg) {
}
