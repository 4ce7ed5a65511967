package vn.daklak.ngoaivu.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completion percent 0–100: a number 0–100, a %-formatted cell (0.85 → 85), or text {@code 85%}, {@code 85 %},
 * {@code 85,5%}. Out of range (below 0 or above 100) is an error. Values keep at most 2 decimals (the database column is
 * NUMERIC(6,2)). A text {@code 12,500} reads as 12,5 (a percent has no thousands).
 */
public final class PercentParser {

    private static final Pattern PERCENT = Pattern.compile("([-\u2212]?)\\s*(\\d[\\d.,]*)\\s*%?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PercentParser() {
    }

    public static Parsed<BigDecimal> parse(String text) {
        String cleaned = VietText.clean(text);
        if (cleaned.isEmpty()) {
            return Parsed.empty();
        }
        Matcher m = PERCENT.matcher(cleaned);
        Optional<NumberText.Reading> reading = m.matches() ? NumberText.read(m.group(2)) : Optional.empty();
        if (reading.isEmpty()) {
            return Parsed.fail("Không đọc được tỷ lệ hoàn thành \"" + cleaned + "\": hãy ghi một số từ 0 đến 100, "
                    + "ví dụ 85 hoặc 85%.");
        }
        BigDecimal value = reading.get().ambiguous() ? reading.get().alternative() : reading.get().value();
        return inRange(m.group(1).isEmpty() ? value : value.negate(), cleaned);
    }

    /** A numeric cell; {@code percentFormatted} when the cell's number format contains %, so 0.85 means 85. */
    public static Parsed<BigDecimal> fromNumber(double value, boolean percentFormatted) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Parsed.fail("Ô tỷ lệ hoàn thành không chứa một số: hãy ghi một số từ 0 đến 100, ví dụ 85.");
        }
        BigDecimal number = BigDecimal.valueOf(value);
        BigDecimal percent = percentFormatted ? number.movePointRight(2) : number;
        return inRange(percent, percentFormatted ? percent.stripTrailingZeros().toPlainString() + "%"
                : number.stripTrailingZeros().toPlainString());
    }

    private static Parsed<BigDecimal> inRange(BigDecimal percent, String asWritten) {
        BigDecimal rounded = percent.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() < 0 || rounded.compareTo(HUNDRED) > 0) {
            return Parsed.fail("Tỷ lệ hoàn thành \"" + asWritten + "\" nằm ngoài khoảng 0–100: hãy ghi một số từ 0 "
                    + "đến 100, ví dụ 85 hoặc 85%.");
        }
        return Parsed.ok(rounded.scale() < 0 ? rounded.setScale(0) : rounded);
    }
}
