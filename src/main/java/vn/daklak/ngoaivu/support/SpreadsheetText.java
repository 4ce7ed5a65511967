package vn.daklak.ngoaivu.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for agency text we put into any output (workbook, CSV, Word, SVG): whatever an agency wrote, the output
 * can be written and opened, and nothing in it runs as a formula.
 * <ul>
 * <li>Text a spreadsheet could take for a formula is prefixed with {@code '}: it begins with = + - @ (or their
 * full-width forms), possibly after tabs, CR or LF, or after OOXML escapes of those ({@code _x000D_},
 * {@code _x003D_}…) which Excel decodes on opening.</li>
 * <li>Characters no XML file may hold (control characters other than tab, LF, CR; lone surrogates; U+FFFE/U+FFFF)
 * become U+FFFD, since one of them would make the whole output unreadable.</li>
 * <li>Text longer than a cell holds (Excel: 32,767 characters) is cut visibly, ending with {@link #SHORTENED}, so a
 * value is never dropped silently; the escape never pushes text over the limit.</li>
 * </ul>
 */
public final class SpreadsheetText {

    /** Excel's limit for the text of one cell. */
    public static final int MAX_CELL_LENGTH = 32_767;
    /** How a value cut to fit ends. */
    public static final String SHORTENED = "… [đã rút gọn]";

    private static final char REPLACEMENT = '\uFFFD';
    private static final Pattern OOXML_ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private SpreadsheetText() {
    }

    /** The text made safe for a cell: cleaned, escaped when risky, shortened visibly to fit; null stays null. */
    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String clean = clean(text);
        return isRisky(clean) ? shorten("'" + clean, MAX_CELL_LENGTH) : shorten(clean, MAX_CELL_LENGTH);
    }

    /** As {@link #escape}, with null as the empty string. */
    public static String escapeOrEmpty(String text) {
        return text == null ? "" : escape(text);
    }

    /**
     * The text with every character XML 1.0 cannot hold replaced by U+FFFD (tab, LF and CR are kept), for outputs
     * that do not need the formula escape (Word, SVG); null stays null.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean valid = !Character.isSurrogate(c) && isXmlChar(c);
            if (!valid && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(valid ? c : REPLACEMENT);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The text cut to at most {@code limit} characters, ending with {@link #SHORTENED} when cut; never splits a pair. */
    public static String shorten(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        int keep = limit - SHORTENED.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + SHORTENED;
    }

    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }

    /**
     * Risky when it begins with tab or CR (some spreadsheets drop them when importing a CSV), or when the first
     * character that is not tab, CR or LF (decoding OOXML escapes) starts a formula. A leading blank is safe: no
     * spreadsheet takes " =1+1" for a formula, and our own labels indent with "   - ".
     */
    private static boolean isRisky(String text) {
        if (text.charAt(0) == '\t' || text.charAt(0) == '\r') {
            return true;
        }
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int step = 1;
            if (c == '_') {
                Matcher escape = OOXML_ESCAPE.matcher(text).region(i, Math.min(text.length(), i + 7));
                if (escape.lookingAt()) {
                    c = (char) Integer.parseInt(escape.group(1), 16);
                    step = 7;
                }
            }
            if (isFormulaStart(c)) {
                return true;
            }
            if (c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
            i += step;
        }
        return false;
    }

    private static boolean isFormulaStart(char c) {
        return switch (c) {
            case '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}
