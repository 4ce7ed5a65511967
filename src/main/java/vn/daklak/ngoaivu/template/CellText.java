package vn.daklak.ngoaivu.template;

/** Guards text from master data against formula injection (a leading = + - @ tab or CR gets a ' in front). */
final class CellText {

    private CellText() {
    }

    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + text : text;
    }
}
