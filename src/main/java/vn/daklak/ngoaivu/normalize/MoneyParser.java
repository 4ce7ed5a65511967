package vn.daklak.ngoaivu.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.daklak.ngoaivu.support.VietnameseNumbers;

/**
 * Money in whole đồng (SUBMISSION-FORMAT 3.5). Text: {@code 1.250.000.000}, {@code 1.250.000.000 đ},
 * {@code 1,250,000,000}, {@code 1.250.000.000 đồng}, {@code 1,25 tỷ}, {@code 250 triệu}, {@code 250tr},
 * {@code 50 tr}, {@code 1.250 triệu đồng}, {@code 75 nghìn}, {@code 75 ngàn}, {@code 1 tỷ 250 triệu}. A text without its own unit is multiplied
 * by {@code unit} (from the column header or a title row, see {@link MoneyUnits}); a text with its own unit ignores
 * {@code unit}. Negative amounts are errors; a result with a fraction of a đồng is an error; a value whose grouping is
 * ambiguous is refused with a message rather than guessed.
 *
 * <p>How the digits are read (see {@link NumberText}): {@code .} groups thousands whenever it is followed by exactly
 * 3 digits ({@code 1.250} = 1 250, {@code 1.250 triệu} = 1 250 000 000); {@code ,} used several times groups thousands
 * (US style {@code 1,250,000,000}); a single {@code ,} before other than 3 digits is the decimal comma ({@code 1,25 tỷ});
 * when both marks occur the last one is the decimal mark ({@code 1.250.000,5}). Refused: a single {@code ,} before exactly
 * 3 digits ({@code 1,250}: 1,25 or 1 250?), whatever the unit, and marks that do not form groups of 3 digits. A lone
 * dash ({@code -}), which accounting tables use for "nothing", reads as 0.
 */
public final class MoneyParser {

    private static final Pattern AMOUNT = Pattern.compile("(\\d[\\d., ]*?)\\s*(\\p{L}.*)?");
    private static final Pattern NEGATIVE = Pattern.compile("(?:[-\u2212\u2013]\\s*\\d.*)|(?:\\(\\s*\\d.*\\))");
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014");
    private static final Set<String> DONG_WORDS = Set.of("d", "dong", "vnd");
    private static final String EXAMPLE = "ví dụ 1.250.000.000 hoặc 1,25 tỷ";

    private MoneyParser() {
    }

    /** Parse text; blank gives {@link Parsed#empty()}. */
    public static Parsed<Long> parse(String text, long unit) {
        String cleaned = VietText.clean(text);
        if (cleaned.isEmpty()) {
            return Parsed.empty();
        }
        if (DASHES.contains(cleaned)) {
            return Parsed.ok(0L);
        }
        if (NEGATIVE.matcher(cleaned).matches()) {
            return Parsed.fail("Số tiền không được âm: \"" + cleaned + "\". Hãy ghi số tiền đã chi bằng số dương, "
                    + EXAMPLE + ".");
        }
        Matcher m = AMOUNT.matcher(cleaned);
        OptionalLong ownUnit = m.matches() ? unitWord(m.group(2)) : OptionalLong.empty();
        Optional<NumberText.Reading> reading = ownUnit.isPresent() ? NumberText.read(m.group(1)) : Optional.empty();
        if (reading.isEmpty()) {
            Optional<BigDecimal> compound = CompoundMoney.read(cleaned);
            if (compound.isPresent()) {
                return toDong(compound.get(), cleaned);
            }
            return Parsed.fail("Không đọc được số tiền \"" + cleaned + "\": hãy ghi số đồng, dùng dấu chấm phân cách "
                    + "hàng nghìn, " + EXAMPLE + ".");
        }
        if (reading.get().ambiguous()) {
            return Parsed.fail("Số tiền \"" + cleaned + "\" không rõ: dấu phẩy có thể là dấu thập phân hoặc dấu phân "
                    + "cách hàng nghìn. Hãy ghi đủ số đồng, không kèm đơn vị, ví dụ 1.250.000.000.");
        }
        long multiplier = ownUnit.getAsLong() == 0 ? unit : ownUnit.getAsLong();
        return toDong(reading.get().value().multiply(BigDecimal.valueOf(multiplier)), cleaned);
    }

    /**
     * A numeric cell times {@code unit}. Only floating-point noise (under 0.01 đồng, e.g. 1375000.0000000002 from a
     * formula) is rounded away; a real fraction of a đồng is an error like in text.
     */
    public static Parsed<Long> fromNumber(double value, long unit) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Parsed.fail("Ô số tiền không chứa một số: hãy ghi số đồng, " + EXAMPLE + ".");
        }
        if (value < 0) {
            return Parsed.fail("Số tiền không được âm: " + BigDecimal.valueOf(value).toPlainString()
                    + ". Hãy ghi số tiền bằng số dương, " + EXAMPLE + ".");
        }
        BigDecimal amount = BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(unit));
        BigDecimal rounded = amount.setScale(0, RoundingMode.HALF_UP);
        if (amount.subtract(rounded).abs().compareTo(new BigDecimal("0.01")) < 0) {
            amount = rounded;
        }
        return toDong(amount, BigDecimal.valueOf(value).toPlainString());
    }

    /** 0 when the words name no unit but đồng or nothing, the multiplier they name, or empty when not a money unit. */
    private static OptionalLong unitWord(String words) {
        if (words == null) {
            return OptionalLong.of(0);
        }
        List<String> tokens = Arrays.asList(VietText.asciiKey(words).split(" "));
        if (tokens.isEmpty() || tokens.get(0).isEmpty()) {
            return OptionalLong.of(0);
        }
        long multiplier = switch (tokens.get(0)) {
            case "ty", "ti" -> MoneyUnits.BILLION;
            case "trieu", "tr", "trd" -> MoneyUnits.MILLION;
            case "nghin", "ngan", "k" -> MoneyUnits.THOUSAND;
            case "d", "dong", "vnd" -> MoneyUnits.DONG;
            default -> -1;
        };
        boolean restIsDong = DONG_WORDS.containsAll(tokens.subList(1, tokens.size()));
        return multiplier < 0 || !restIsDong ? OptionalLong.empty() : OptionalLong.of(multiplier);
    }

    private static Parsed<Long> toDong(BigDecimal amount, String asWritten) {
        if (amount.stripTrailingZeros().scale() > 0) {
            long whole = amount.setScale(0, RoundingMode.DOWN).longValue();
            return Parsed.fail("Số tiền \"" + asWritten + "\" có phần lẻ dưới 1 đồng: hãy ghi số đồng chẵn, ví dụ "
                    + withDots(whole) + ".");
        }
        try {
            return Parsed.ok(amount.longValueExact());
        } catch (ArithmeticException tooLarge) {
            return Parsed.fail("Số tiền \"" + asWritten + "\" quá lớn: hãy kiểm tra lại số đồng, " + EXAMPLE + ".");
        }
    }

    /** 1250000 as {@code 1.250.000}, the way Vietnamese documents write it. */
    static String withDots(long amount) {
        return VietnameseNumbers.whole(amount);
    }
}
