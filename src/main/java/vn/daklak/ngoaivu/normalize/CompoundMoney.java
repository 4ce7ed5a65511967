package vn.daklak.ngoaivu.normalize;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts spelt in several units, as officials write them in prose: {@code 1 tỷ 250 triệu}, {@code 2 triệu 500 nghìn
 * đồng}. Each part is a number and a larger-than-đồng unit, the units strictly decreasing; a bare number at the end
 * ({@code 1 tỷ 250}) is not accepted, since it does not say which unit it is in.
 */
final class CompoundMoney {

    private static final Pattern PART = Pattern.compile("(\\d[\\d.,]*)\\s*(\\p{L}+)\\s*");
    private static final Pattern TRAILING_DONG = Pattern.compile("(?i)\\s*(đồng|đ|vnđ|vnd|dong)$");

    private CompoundMoney() {
    }

    /** The amount in đồng, or empty when the text is not a sequence of at least two such parts. */
    static Optional<BigDecimal> read(String cleaned) {
        String text = TRAILING_DONG.matcher(cleaned).replaceFirst("");
        Matcher part = PART.matcher(text);
        BigDecimal total = BigDecimal.ZERO;
        long previousUnit = Long.MAX_VALUE;
        int end = 0;
        int parts = 0;
        while (part.find() && part.start() == end) {
            long unit = multiplier(VietText.asciiKey(part.group(2)));
            Optional<NumberText.Reading> number = NumberText.read(part.group(1));
            if (unit >= previousUnit || unit <= 1 || number.isEmpty() || number.get().ambiguous()) {
                return Optional.empty();
            }
            total = total.add(number.get().value().multiply(BigDecimal.valueOf(unit)));
            previousUnit = unit;
            end = part.end();
            parts++;
        }
        return end == text.length() && parts >= 2 ? Optional.of(total) : Optional.empty();
    }

    private static long multiplier(String word) {
        return switch (word) {
            case "ty", "ti" -> MoneyUnits.BILLION;
            case "trieu", "tr" -> MoneyUnits.MILLION;
            case "nghin", "ngan" -> MoneyUnits.THOUSAND;
            default -> 0;
        };
    }
}
