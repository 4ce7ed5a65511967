package vn.daklak.ngoaivu.normalize;

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

    private LegacyVietnamese() {
    }

    /** Which legacy encoding a font name implies; empty for Unicode fonts (Times New Roman, Arial, …). */
    public static Optional<Encoding> fromFontName(String fontName) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }

    public static String decode(String text, Encoding encoding) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }

    /**
     * For files that carry no font information (streamed .xlsx): true when the text is almost surely TCVN3 (it holds
     * characters such as {@code § ¾ ¸ µ ¶ ·} in places Vietnamese Unicode text never has them, and no Vietnamese
     * Unicode letters outside Latin-1).
     */
    public static boolean looksLikeTcvn3(String text) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }
}
