package vn.daklak.ngoaivu.support;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers the way Vietnamese documents write them, whatever the JVM's locale: a dot between thousands and a decimal
 * comma ({@code 1.250.000}, {@code 66,7}). Every message, report and chart writes its numbers through here.
 */
public final class VietnameseNumbers {

    private VietnameseNumbers() {
    }

    /**
     * {@code 1250000} → {@code 1.250.000}. Written out by hand: pages print thousands of these per request, and a
     * {@link DecimalFormat} is built afresh for each (formats are not thread-safe), which cost more than the rest.
     */
    public static String whole(long value) {
        String digits = Long.toString(value);
        int sign = value < 0 ? 1 : 0;
        int length = digits.length() - sign;
        if (length <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + length / 3);
        out.append(digits, 0, sign);
        for (int i = 0; i < length; i++) {
            if (i > 0 && (length - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(sign + i));
        }
        return out.toString();
    }

    /** {@code 1250000.5} → {@code 1.250.000,5}; at most two decimals. */
    public static String decimal(BigDecimal value) {
        return format(2).format(value);
    }

    /**
     * A new format (formats are not thread-safe) with at most {@code maxFractionDigits} decimals, for code that takes a
     * {@link NumberFormat} (chart axes and labels).
     */
    public static NumberFormat format(int maxFractionDigits) {
        DecimalFormat format = new DecimalFormat("#,##0", symbols());
        format.setMaximumFractionDigits(maxFractionDigits);
        return format;
    }

    /** {@code 0.25} → {@code 25%}. */
    public static NumberFormat percentFormat() {
        return new DecimalFormat("#,##0%", symbols());
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return symbols;
    }
}
