package vn.daklak.ngoaivu.normalize;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The money unit a header cell or a title row announces: {@code (triệu đồng)}, {@code Đơn vị: triệu đồng},
 * {@code (1.000 đồng)}, {@code (nghìn đồng)}, {@code (đồng)}. Plain numbers under such a header are multiplied by it.
 */
public final class MoneyUnits {

    public static final long DONG = 1L;
    public static final long THOUSAND = 1_000L;
    public static final long MILLION = 1_000_000L;
    public static final long BILLION = 1_000_000_000L;

    private static final String TRIEU = " " + VietText.matchKey("triệu") + " ";
    private static final String TY = " " + VietText.matchKey("tỷ") + " ";
    private static final String TI = " " + VietText.matchKey("tỉ") + " ";
    private static final String NGHIN = " " + VietText.matchKey("nghìn") + " ";
    private static final String NGAN = " " + VietText.matchKey("ngàn") + " ";
    private static final String DONG_WORD = " " + VietText.matchKey("đồng") + " ";

    private static final Pattern[] SPELLED_NUMBERS = {
        Pattern.compile("(?<![\\d.,])1(?<s>[., ]?)000\\k<s>000\\k<s>000(?![\\d]|[.,]\\d)"),
        Pattern.compile("(?<![\\d.,])1(?<s>[., ]?)000\\k<s>000(?![\\d]|[.,]\\d)"),
        Pattern.compile("(?<![\\d.,])1[., ]?000(?![\\d]|[.,]\\d)")};
    private static final String[] SPELLED_WORDS = {"tỷ", "triệu", "nghìn"};

    private MoneyUnits() {
    }

    /** "(1.000.000 đồng)" says "(triệu đồng)": longest first, so that it is not read as "nghìn.000 đồng". */
    private static String spellOutMultipliers(String text) {
        String spelled = text;
        for (int i = 0; i < SPELLED_NUMBERS.length; i++) {
            spelled = SPELLED_NUMBERS[i].matcher(spelled).replaceAll(SPELLED_WORDS[i]);
        }
        return spelled;
    }

    /** Units written without diacritics; only with the word đồng after them, since "dong" alone may be "động". */
    private static OptionalLong fromAsciiPhrases(String text) {
        String key = " " + VietText.asciiKey(text) + " ";
        if (key.contains(" trieu dong ") || key.contains(" tr dong ")) {
            return OptionalLong.of(MILLION);
        }
        if (key.contains(" ty dong ") || key.contains(" ti dong ")) {
            return OptionalLong.of(BILLION);
        }
        if (key.contains(" nghin dong ") || key.contains(" ngan dong ")) {
            return OptionalLong.of(THOUSAND);
        }
        return key.contains(" vnd ") ? OptionalLong.of(DONG) : OptionalLong.empty();
    }

    /** The multiplier the text announces, or empty when it names no money unit. */
    public static OptionalLong fromText(String text) {
        String spelled = spellOutMultipliers(text);
        String key = " " + VietText.matchKey(spelled) + " ";
        boolean money = key.contains(DONG_WORD) || key.contains(" vnd ") || key.contains(" vnđ ")
                || key.contains(" " + VietText.matchKey("đơn vị") + " ");
        if (!money) {
            return fromAsciiPhrases(spelled);
        }
        if (key.contains(TRIEU) || key.contains(" tr ") || key.contains(" trđ ")) {
            return OptionalLong.of(MILLION);
        }
        if (key.contains(TY) || key.contains(TI)) {
            return OptionalLong.of(BILLION);
        }
        if (key.contains(NGHIN) || key.contains(NGAN)) {
            return OptionalLong.of(THOUSAND);
        }
        return key.contains(DONG_WORD) || key.contains(" vnd ") || key.contains(" vnđ ")
                ? OptionalLong.of(DONG) : OptionalLong.empty();
    }
}
