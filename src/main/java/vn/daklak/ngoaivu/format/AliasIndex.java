package vn.daklak.ngoaivu.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.daklak.ngoaivu.normalize.VietText;

/**
 * Looks up what a name (header, label, sheet name) stands for among canonical names and aliases: first by
 * {@link VietText#matchKey} (Unicode form, case, tone placement and punctuation ignored), then by
 * {@link VietText#asciiKey} for text typed without diacritics. A part in parentheses ({@code (triệu đồng)},
 * {@code (%)}) is a unit, not part of the name.
 */
final class AliasIndex<T> {

    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)?");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+|[ivx]+) ");

    private final Map<String, T> byKey = new HashMap<>();
    private final Map<String, T> byAscii = new HashMap<>();

    /** Earlier entries win when two names have the same key. */
    void add(T value, List<String> names) {
        for (String name : names) {
            byKey.putIfAbsent(key(name), value);
            byAscii.putIfAbsent(ascii(name), value);
        }
    }

    Optional<T> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        T exact = byKey.get(key(text));
        return Optional.ofNullable(exact != null ? exact : byAscii.get(ascii(text)));
    }

    /** Like {@link #find} but also accepts a leading number ({@code 1. Thông tin chung}, {@code II - Kinh phí}). */
    Optional<T> findNumbered(String text) {
        Optional<T> direct = find(text);
        if (direct.isPresent() || text == null) {
            return direct;
        }
        String key = LEADING_NUMBER.matcher(VietText.matchKey(text)).replaceFirst("");
        T exact = byKey.get(key);
        return Optional.ofNullable(exact != null ? exact : byAscii.get(VietText.asciiKey(key)));
    }

    private static String key(String name) {
        return VietText.matchKey(withoutUnit(name));
    }

    private static String ascii(String name) {
        return VietText.asciiKey(withoutUnit(name));
    }

    static String withoutUnit(String name) {
        return PARENTHESES.matcher(name).replaceAll(" ");
    }
}
