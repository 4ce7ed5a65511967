package vn.daklak.ngoaivu.support;

/**
 * Text we put into a workbook or CSV that a spreadsheet would otherwise take for a formula (it begins with = + - @,
 * tab or CR): prefixed with {@code '} so that an agency's "=HYPERLINK(…)" stays text in every file we write.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** The text, escaped when risky; null stays null. */
    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + text : text;
    }

    /** As {@link #escape}, with null as the empty string. */
    public static String escapeOrEmpty(String text) {
        return text == null ? "" : escape(text);
    }
}
