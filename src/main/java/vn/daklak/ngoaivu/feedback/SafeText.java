package vn.daklak.ngoaivu.feedback;

/** Guards text we write into workbooks and CSV against formula injection (a leading = + - @ tab or CR). */
final class SafeText {

    private SafeText() {
    }

    static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + text : text;
    }
}
