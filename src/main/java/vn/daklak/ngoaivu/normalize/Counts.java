package vn.daklak.ngoaivu.normalize;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Non-negative whole counts (participants, foreign guests): {@code 120}, {@code 1.200}, {@code 1,200},
 * {@code 120 người}. A count has no decimals, so {@code 1,200} is 1 200 here; any words after the number
 * ({@code người}, {@code lượt người}, {@code khách}) are ignored. A lone dash ({@code -}) reads as 0.
 */
public final class Counts {

    private static final Pattern COUNT = Pattern.compile("([-\u2212]?)\\s*(\\d[\\d., ]*?)\\s*(\\p{L}[\\p{L} ]*)?");
    private static final String EXAMPLE = "hãy ghi một số nguyên không âm, ví dụ 120";

    private Counts() {
    }

    public static Parsed<Integer> parse(String text) {
        String cleaned = VietText.clean(text);
        if (cleaned.isEmpty()) {
            return Parsed.empty();
        }
        if (cleaned.equals("-") || cleaned.equals("\u2013") || cleaned.equals("\u2014")) {
            return Parsed.ok(0);
        }
        Matcher m = COUNT.matcher(cleaned);
        Optional<NumberText.Reading> reading = m.matches() ? NumberText.read(m.group(2)) : Optional.empty();
        if (reading.isEmpty()) {
            return Parsed.fail("Không đọc được số lượng \"" + cleaned + "\": " + EXAMPLE + ".");
        }
        if (!m.group(1).isEmpty()) {
            return Parsed.fail("Số lượng \"" + cleaned + "\" không được âm: " + EXAMPLE + ".");
        }
        return whole(reading.get().value(), cleaned);
    }

    public static Parsed<Integer> fromNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Parsed.fail("Ô số lượng không chứa một số: " + EXAMPLE + ".");
        }
        if (value < 0) {
            return Parsed.fail("Số lượng \"" + BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                    + "\" không được âm: " + EXAMPLE + ".");
        }
        return whole(BigDecimal.valueOf(value), BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
    }

    private static Parsed<Integer> whole(BigDecimal value, String asWritten) {
        if (value.stripTrailingZeros().scale() > 0) {
            return Parsed.fail("Số lượng \"" + asWritten + "\" phải là số nguyên: " + EXAMPLE + ".");
        }
        if (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return Parsed.fail("Số lượng \"" + asWritten + "\" quá lớn: hãy kiểm tra lại, " + EXAMPLE + ".");
        }
        return Parsed.ok(value.intValueExact());
    }
}
