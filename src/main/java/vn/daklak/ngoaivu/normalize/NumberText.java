package vn.daklak.ngoaivu.normalize;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The digits of a number as agencies type them. Rules, in order:
 * <ul>
 *   <li>spaces group thousands ({@code 1 250 000}) when every group after the first has 3 digits;</li>
 *   <li>with both {@code .} and {@code ,}, the last one is the decimal mark and the other groups thousands
 *       ({@code 1.250.000,5}, {@code 1,250,000.5}); groups must have 3 digits;</li>
 *   <li>one mark used several times groups thousands ({@code 1.250.000}, {@code 1,250,000});</li>
 *   <li>one mark used once before exactly 3 digits, after a group that does not start with 0: {@code .} groups
 *       thousands (Vietnamese usage: {@code 1.250} = 1250), {@code ,} is ambiguous ({@code 1,250} is 1,25 in Vietnamese
 *       and 1250 in US usage): {@link Reading#alternative()} then holds the decimal reading;</li>
 *   <li>any other single mark is the decimal mark ({@code 1,25}, {@code 1.5}, {@code 0.125}).</li>
 * </ul>
 */
final class NumberText {

    private static final Pattern DIGITS_ONLY = Pattern.compile("\\d+");
    private static final Pattern SPACE_GROUPED = Pattern.compile("[1-9]\\d{0,2}( \\d{3})+([.,]\\d+)?");

    /** The value, and, when the text is ambiguous, the other plausible value. */
    record Reading(BigDecimal value, BigDecimal alternative) {

        boolean ambiguous() {
            return alternative != null;
        }
    }

    private NumberText() {
    }

    /** Reads digits, {@code .}, {@code ,} and spaces; empty when the marks do not form a number. */
    static Optional<Reading> read(String text) {
        String s = text.strip();
        if (s.contains(" ")) {
            if (!SPACE_GROUPED.matcher(s).matches()) {
                return Optional.empty();
            }
            s = s.replace(" ", "");
        }
        if (DIGITS_ONLY.matcher(s).matches()) {
            return Optional.of(new Reading(new BigDecimal(s), null));
        }
        int dot = s.lastIndexOf('.');
        int comma = s.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            char decimal = dot > comma ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            return grouped(s, group, decimal);
        }
        char mark = dot >= 0 ? '.' : ',';
        if (s.indexOf(mark) != s.lastIndexOf(mark)) {
            return grouped(s, mark, (char) 0);
        }
        return single(s, mark);
    }

    private static Optional<Reading> single(String s, char mark) {
        int at = s.indexOf(mark);
        String whole = s.substring(0, at);
        String fraction = s.substring(at + 1);
        if (!DIGITS_ONLY.matcher(whole).matches() || !DIGITS_ONLY.matcher(fraction).matches()) {
            return Optional.empty();
        }
        BigDecimal decimalReading = new BigDecimal(whole + "." + fraction);
        boolean groupLike = fraction.length() == 3 && whole.length() <= 3 && whole.charAt(0) != '0';
        if (!groupLike) {
            return Optional.of(new Reading(decimalReading, null));
        }
        BigDecimal groupReading = new BigDecimal(whole + fraction);
        return Optional.of(new Reading(groupReading, mark == ',' ? decimalReading : null));
    }

    private static Optional<Reading> grouped(String s, char group, char decimal) {
        String q = Pattern.quote(String.valueOf(group));
        String fractionPart = decimal == 0 ? "" : "(" + Pattern.quote(String.valueOf(decimal)) + "\\d+)";
        if (!s.matches("[1-9]\\d{0,2}(" + q + "\\d{3})+" + fractionPart)) {
            return Optional.empty();
        }
        String plain = s.replace(String.valueOf(group), "");
        if (decimal != 0) {
            plain = plain.replace(decimal, '.');
        }
        return Optional.of(new Reading(new BigDecimal(plain), null));
    }
}
