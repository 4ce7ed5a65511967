package vn.daklak.ngoaivu.read;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.daklak.ngoaivu.normalize.LegacyVietnamese;
import vn.daklak.ngoaivu.support.SpreadsheetText;

/**
 * Cell text as the reader hands it on: OOXML escapes decoded, legacy 8-bit Vietnamese decoded, NFC, trimmed, and
 * characters no XML file (nor PostgreSQL text) may hold replaced by U+FFFD; otherwise as written.
 */
final class LegacyText {

    /** Vietnamese letters that Latin-1 holds; any other Latin-1 letter or sign hints at a legacy 8-bit encoding. */
    private static final String VIETNAMESE_LATIN1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";

    private LegacyText() {
    }

    /** {@code _xHHHH_}: how OOXML writes a character XML cannot carry (Excel writes a CR as {@code _x000D_}). */
    private static final Pattern OOXML_ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** Text of a cell whose font is unknown (.xlsx): OOXML escapes decoded, TCVN3 decoded when it looks like it. */
    static String withoutFont(String raw) {
        String text = decodeOoxml(raw).strip();
        if (mayBeLegacy(text) && LegacyVietnamese.looksLikeTcvn3(text)) {
            text = LegacyVietnamese.decode(text, LegacyVietnamese.Encoding.TCVN3);
        }
        return nfc(text);
    }

    /** Text of a cell shown in a known font (.xls): decoded when the font is a legacy Vietnamese one. */
    static String inFont(String raw, Optional<LegacyVietnamese.Encoding> fontEncoding) {
        String text = raw.strip();
        if (fontEncoding.isPresent()) {
            text = LegacyVietnamese.decode(text, fontEncoding.get());
        }
        return nfc(text);
    }

    /**
     * Cheap pre-check so the common case (ASCII or Unicode Vietnamese) skips the heuristic: legacy text consists of
     * characters up to U+00FF and has at least one that Vietnamese Unicode text does not use.
     */
    static boolean mayBeLegacy(String text) {
        boolean hint = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return false;
            }
            hint |= c >= 0x80 && VIETNAMESE_LATIN1.indexOf(c) < 0;
        }
        return hint;
    }

    /** As Excel reads it: {@code _x000D_} is a CR, {@code _x005F_x000D_} the literal text {@code _x000D_}. */
    static String decodeOoxml(String raw) {
        if (!raw.contains("_x")) {
            return raw;
        }
        Matcher escape = OOXML_ESCAPE.matcher(raw);
        return escape.replaceAll(m -> Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    private static String nfc(String text) {
        String clean = SpreadsheetText.clean(text);
        return composedAsIs(clean) || Normalizer.isNormalized(clean, Normalizer.Form.NFC) ? clean
                : Normalizer.normalize(clean, Normalizer.Form.NFC);
    }

    /**
     * True when every character is below U+0300 or a precomposed Latin letter of U+1E00–U+1EFF (Vietnamese letters
     * with two marks): such text is NFC as it stands (none of them decomposes to anything else, none is a combining
     * mark, no two of them compose), so the JDK's normaliser, a fifth of reading a text cell, is not needed for it.
     * Anything else (a combining mark, other scripts) goes through the normaliser as before.
     */
    static boolean composedAsIs(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)) {
                return false;
            }
        }
        return true;
    }
}
