package vn.daklak.ngoaivu.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Text typed in the legacy 8-bit Vietnamese encodings and shown through special fonts: TCVN3/ABC (fonts {@code .VnTime},
 * {@code .VnArial}, …; {@code .VnTimeH} and other fonts ending in H are the capitals fonts, which reuse the lowercase
 * codes) and VNI (fonts {@code VNI-Times}, {@code VNI-Helve}, …: base letter followed by a mark character). The file
 * stores those bytes as Latin-1/Windows-1252 characters; this turns them back into Unicode NFC.
 * "Đắk Lắk" arrives as {@code §¾k L¾k} (TCVN3) or {@code Ñaék Laék} (VNI).
 */
public final class LegacyVietnamese {

    /** The legacy encodings we decode. */
    public enum Encoding { TCVN3, TCVN3_CAPITALS, VNI }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String VOWELS = "aeiouyAEIOUY\u01A1\u01B0\u01A0\u01AF";
    private static final String CIRCUMFLEX_BASES = "aeoAEO";
    private static final String BREVE_BASES = "aA";

    private LegacyVietnamese() {
    }

    /** Which legacy encoding a font name implies; empty for Unicode fonts (Times New Roman, Arial, …). */
    public static Optional<Encoding> fromFontName(String fontName) {
        if (fontName == null) {
            return Optional.empty();
        }
        String name = fontName.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(".vn")) {
            return Optional.of(name.endsWith("H") ? Encoding.TCVN3_CAPITALS : Encoding.TCVN3);
        }
        if (lower.startsWith("vni-") || lower.startsWith("vni ")) {
            return Optional.of(Encoding.VNI);
        }
        return Optional.empty();
    }

    public static String decode(String text, Encoding encoding) {
        if (text == null) {
            return null;
        }
        return switch (encoding) {
            case TCVN3 -> decodeTcvn3(text);
            case TCVN3_CAPITALS -> decodeTcvn3(text).toUpperCase(VIETNAMESE);
            case VNI -> decodeVni(text);
        };
    }

    /**
     * For files that carry no font information (streamed .xlsx): true when the text is almost surely TCVN3 (it holds
     * characters such as {@code § ¾ ¸ µ ¶ ·} in places Vietnamese Unicode text never has them, and no Vietnamese
     * Unicode letters outside Latin-1). Text that reads better as VNI (vowels followed by VNI mark characters, as in
     * {@code Ñaék}) is not TCVN3.
     */
    public static boolean looksLikeTcvn3(String text) {
        if (text == null || text.chars().anyMatch(c -> c > 0xFF)) {
            return false;
        }
        int tcvnHits = 0;
        int vniHits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isVniMark(text, i)) {
                vniHits++;
            } else if (Tcvn3Table.TCVN3_ONLY.indexOf(c) >= 0 && (wordChar(text, i - 1) || wordChar(text, i + 1))) {
                tcvnHits++;
            }
        }
        return tcvnHits > 0 && tcvnHits > vniHits;
    }

    /** True when the character at {@code i} reads as a VNI mark on the vowel before it (ô and ö are VNI's ơ, ư). */
    private static boolean isVniMark(String text, int i) {
        String marks = VniTable.MARKS.get(text.charAt(i));
        if (marks == null || i == 0) {
            return false;
        }
        char before = text.charAt(i - 1);
        return takesMarks(String.valueOf(VniTable.LETTERS.getOrDefault(before, before)), marks);
    }

    private static boolean wordChar(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isLetter(c) || Tcvn3Table.TO_UNICODE.containsKey(c);
    }

    private static String decodeTcvn3(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Tcvn3Table.TO_UNICODE.getOrDefault(c, c));
        }
        return out.toString();
    }

    private static String decodeVni(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String marks = VniTable.MARKS.get(c);
            if (marks != null && takesMarks(out, marks)) {
                out.append(marks);
            } else {
                out.append(VniTable.LETTERS.getOrDefault(c, c));
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** A mark character only combines with the vowel just before it, and only with the vowels that take that mark. */
    private static boolean takesMarks(CharSequence out, String marks) {
        if (out.length() == 0) {
            return false;
        }
        char base = out.charAt(out.length() - 1);
        char first = marks.charAt(0);
        if (first == VniTable.CIRCUMFLEX) {
            return CIRCUMFLEX_BASES.indexOf(base) >= 0;
        }
        if (first == VniTable.BREVE) {
            return BREVE_BASES.indexOf(base) >= 0;
        }
        return VOWELS.indexOf(base) >= 0;
    }
}
