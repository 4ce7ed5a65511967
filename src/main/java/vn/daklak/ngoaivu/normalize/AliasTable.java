package vn.daklak.ngoaivu.normalize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names of a code list, looked up by {@link VietText#matchKey} and then, as the last resort, by {@link VietText#asciiKey}.
 * The first value registered under a match key wins; an ascii key shared by two values is never used, because without
 * diacritics it no longer says which one was meant.
 */
final class AliasTable<T> {

    private final Map<String, T> byMatchKey = new HashMap<>();
    private final Map<String, T> byAsciiKey = new HashMap<>();
    private final Set<String> ambiguousAscii = new HashSet<>();

    /** By match key only: the text as written, whatever its case, Unicode form or tone placement. */
    Optional<T> findExact(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byMatchKey.get(VietText.matchKey(raw)));
    }

    @SafeVarargs
    final AliasTable<T> add(T value, String... names) {
        for (String name : names) {
            byMatchKey.putIfAbsent(VietText.matchKey(name), value);
            String ascii = VietText.asciiKey(name);
            T previous = byAsciiKey.putIfAbsent(ascii, value);
            if (previous != null && !previous.equals(value)) {
                ambiguousAscii.add(ascii);
            }
        }
        return this;
    }

    /** By match key first, then by ascii key. */
    Optional<T> find(String raw) {
        Optional<T> exact = findExact(raw);
        if (exact.isPresent() || raw == null) {
            return exact;
        }
        String ascii = VietText.asciiKey(raw);
        return ambiguousAscii.contains(ascii) ? Optional.empty() : Optional.ofNullable(byAsciiKey.get(ascii));
    }
}
