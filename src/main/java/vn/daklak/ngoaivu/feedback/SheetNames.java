package vn.daklak.ngoaivu.feedback;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names of the sheets of a feedback workbook. The copies keep the agency's sheet names, unless one clashes (Excel
 * compares case-insensitively) with our own {@code Kết quả}/{@code Lỗi}; then it gets a numbered suffix.
 */
final class SheetNames {

    private static final int MAX_LENGTH = 31;
    private final Set<String> taken = new HashSet<>();

    SheetNames(String... reserved) {
        for (String name : reserved) {
            taken.add(key(name));
        }
    }

    String unique(String wanted) {
        String base = wanted.length() > MAX_LENGTH ? wanted.substring(0, MAX_LENGTH) : wanted;
        String name = base;
        for (int n = 2; taken.contains(key(name)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
        }
        taken.add(key(name));
        return name;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
