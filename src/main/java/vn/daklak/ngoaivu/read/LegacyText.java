package vn.daklak.ngoaivu.read;

import java.text.Normalizer;
import java.util.Optional;
import vn.daklak.ngoaivu.normalize.LegacyVietnamese;

/** Cell text as the reader hands it on: legacy 8-bit Vietnamese decoded, NFC, trimmed, otherwise as written. */
final class LegacyText {

    /** Vietnamese letters that Latin-1 holds; any other Latin-1 letter or sign hints at a legacy 8-bit encoding. */
    private static final String VIETNAMESE_LATIN1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";

    private LegacyText() {
    }

    /** Text of a cell whose font is unknown (.xlsx): decoded when it looks like TCVN3. */
    static String withoutFont(String raw) {
        String text = raw.strip();
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

    private static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
