package vn.daklak.ngoaivu.normalize;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text as agencies type it: NFC or NFD, old or new tone placement, with or without diacritics.
 * {@link #clean} is for display (the text as written, tidied); {@link #matchKey} and {@link #asciiKey} are for comparison.
 */
public final class VietText {

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    /** Dropped inside words, so M'gar, M’gar, Mʼgar and Mgar agree (U+02BC counts as a letter for Java). */
    private static final String APOSTROPHES = "'\u2019\u2018`\u00B4\u02BC";

    private VietText() {
    }

    /** NFC, zero-width characters removed, every run of white space (NBSP, tabs, line breaks) folded to one space. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Key for matching: case-folded, punctuation folded to spaces (apostrophes dropped), and the tone mark of each word
     * moved to the word's end, so that old and new tone placement ({@code hoà}/{@code hòa}) give the same key.
     */
    public static String matchKey(String s) {
        // Legacy converters and some fonts put the Icelandic eth (Ð/ð) where Vietnamese has Đ/đ.
        String d = Normalizer.normalize(clean(s).toLowerCase(Locale.ROOT).replace('ð', 'đ'), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        StringBuilder word = new StringBuilder();
        char tone = 0;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                tone = c;
            } else if (APOSTROPHES.indexOf(c) >= 0) {
                continue;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK || Character.isLetterOrDigit(c) || c == '%') {
                word.append(c);
            } else {
                tone = flush(out, word, tone);
            }
        }
        flush(out, word, tone);
        return out.toString();
    }

    /** Last-resort key: {@link #matchKey} without any diacritic, {@code đ} as {@code d}. */
    public static String asciiKey(String s) {
        String key = matchKey(s);
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' ? 'd' : c);
        }
        return out.toString();
    }

    private static char flush(StringBuilder out, StringBuilder word, char tone) {
        if (word.length() > 0) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word);
            if (tone != 0) {
                out.append(tone);
            }
            word.setLength(0);
        }
        return 0;
    }
}
