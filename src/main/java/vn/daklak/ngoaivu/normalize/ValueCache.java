package vn.daklak.ngoaivu.normalize;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a pure normalisation per distinct raw text: a 200,000-row sheet holds a few dozen event types, countries
 * and task codes, each otherwise normalised afresh on every row. Bounded (emptied when full), so a hostile file of
 * distinct values costs what it did before, not memory.
 */
final class ValueCache<V> {

    private static final int MAX_ENTRIES = 4096;

    private final Map<String, V> values = new ConcurrentHashMap<>();
    private final Function<String, V> compute;

    ValueCache(Function<String, V> compute) {
        this.compute = compute;
    }

    V get(String raw) {
        V known = values.get(raw);
        if (known != null) {
            return known;
        }
        V value = compute.apply(raw);
        if (values.size() >= MAX_ENTRIES) {
            values.clear();
        }
        values.put(raw, value);
        return value;
    }
}
