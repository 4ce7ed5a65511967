package vn.daklak.ngoaivu.report;

import java.nio.file.Path;

/** A rendered chart to embed in the workbook's "Biểu đồ" sheet. */
public record ChartImage(String title, Path png) {
}
