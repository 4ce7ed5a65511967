package vn.daklak.ngoaivu.samples;

/** Amounts typed as text the ways agencies type them: "1.250.000.000 đ", "250 triệu", "1,25 tỷ". */
final class MoneyText {

    private static final long MILLION = 1_000_000L;
    private static final long BILLION = 1_000_000_000L;

    private MoneyText() {
    }

    /** One of the written forms of {@code dong}, chosen by {@code variant}; exact in every form. */
    static String write(long dong, int variant) {
        int form = Math.floorMod(variant, 3);
        if (form == 2 && dong >= BILLION && dong % (10 * MILLION) == 0) {
            long hundredths = dong / (10 * MILLION);
            String decimals = String.format("%02d", hundredths % 100).replaceAll("0+$", "");
            return hundredths / 100 + (decimals.isEmpty() ? "" : "," + decimals) + " tỷ";
        }
        if (form >= 1 && dong > 0 && dong < BILLION && dong % MILLION == 0) {
            return dong / MILLION + " triệu";
        }
        return dotted(dong) + " đ";
    }

    static String dotted(long dong) {
        return String.format(java.util.Locale.ROOT, "%,d", dong).replace(',', '.');
    }
}
