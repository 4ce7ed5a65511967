package vn.daklak.ngoaivu.normalize;

import java.math.BigDecimal;

/**
 * Completion percent 0–100: a number 0–100, a %-formatted cell (0.85 → 85), or text {@code 85%}, {@code 85 %},
 * {@code 85,5%}. Out of range (below 0 or above 100) is an error.
 */
public final class PercentParser {

    private PercentParser() {
    }

    public static Parsed<BigDecimal> parse(String text) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }

    /** A numeric cell; {@code percentFormatted} when the cell's number format contains %, so 0.85 means 85. */
    public static Parsed<BigDecimal> fromNumber(double value, boolean percentFormatted) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }
}
