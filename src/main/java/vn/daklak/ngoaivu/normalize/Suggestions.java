package vn.daklak.ngoaivu.normalize;

import java.util.Collection;
import java.util.List;

/** Closest candidates to a misspelt value, by edit distance on {@link VietText#asciiKey}, for "did you mean" messages. */
public final class Suggestions {

    private Suggestions() {
    }

    /** Up to {@code n} candidates, closest first, leaving out those too far to be a plausible misspelling. */
    public static List<String> closest(String raw, Collection<String> candidates, int n) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }
}
