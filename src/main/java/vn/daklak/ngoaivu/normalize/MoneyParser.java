package vn.daklak.ngoaivu.normalize;

/**
 * Money in whole đồng (SUBMISSION-FORMAT 3.5). Text: {@code 1.250.000.000}, {@code 1.250.000.000 đ},
 * {@code 1,250,000,000}, {@code 1.250.000.000 đồng}, {@code 1,25 tỷ}, {@code 250 triệu}, {@code 250tr},
 * {@code 50 tr}, {@code 1.250 triệu đồng}, {@code 75 nghìn}, {@code 75 ngàn}. A text without its own unit is multiplied
 * by {@code unit} (from the column header or a title row, see {@link MoneyUnits}); a text with its own unit ignores
 * {@code unit}. Negative amounts are errors; a result with a fraction of a đồng is an error; a value whose grouping is
 * ambiguous (e.g. {@code 1.250} or {@code 1,250} with unit đồng where either reading is plausible, mixed separators
 * that do not form thousands groups) is refused with a message rather than guessed.
 */
public final class MoneyParser {

    private MoneyParser() {
    }

    /** Parse text; blank gives {@link Parsed#empty()}. */
    public static Parsed<Long> parse(String text, long unit) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }

    /** A numeric cell times {@code unit}, rounded to whole đồng only when the fraction is below 0.5 đồng of noise. */
    public static Parsed<Long> fromNumber(double value, long unit) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }
}
