package vn.daklak.ngoaivu.report;

/** Text as written into our workbooks and CSV files, escaped against formula injection. */
final class CellText {

    private CellText() {
    }

    /** Prefixes {@code '} to text that a spreadsheet would take for a formula (= + - @ tab CR). */
    static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + text : text;
    }
}
