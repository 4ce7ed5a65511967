package vn.daklak.ngoaivu.samples;

import java.util.Locale;

/** Amounts typed as text the ways agencies type them: "1.250.000.000 đ", "250 triệu", "1,25 tỷ". */
final class MoneyText {

    private static final long MILLION = 1_000_000L;
    private static final long BILLION = 1_000_000_000L;

    private MoneyText() {
    }

    /**
     * A written form of {@code dong}, exact in every form: billions in tỷ when two decimals hold them, else millions
     * below a billion in triệu for odd {@code variant}, else the dotted amount in đồng.
     */
    static String write(long dong, int variant) {
        if (dong >= BILLION && dong % (10 * MILLION) == 0) {
            long hundredths = dong / (10 * MILLION);
            String decimals = String.format(Locale.ROOT, "%02d", hundredths % 100).replaceAll("0+$", "");
            return hundredths / 100 + (decimals.isEmpty() ? "" : "," + decimals) + " tỷ";
        }
        if (variant % 2 == 1 && dong > 0 && dong < BILLION && dong % MILLION == 0) {
            return dong / MILLION + " triệu";
        }
        return dotted(dong) + " đ";
    }

    static String dotted(long dong) {
        return String.format(Locale.ROOT, "%,d", dong).replace(',', '.');
    }
}
