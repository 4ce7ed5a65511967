package vn.daklak.ngoaivu.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A chart image to place in a generated .docx.
 *
 * @param png     the PNG file
 * @param caption the caption under it ("Biểu đồ 1. Tình trạng thực hiện nhiệm vụ")
 */
public record DocxChart(Path png, String caption) {

    public DocxChart {
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(caption, "caption");
    }
}
