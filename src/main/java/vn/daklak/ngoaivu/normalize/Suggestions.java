package vn.daklak.ngoaivu.normalize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/** Closest candidates to a misspelt value, by edit distance on {@link VietText#asciiKey}, for "did you mean" messages. */
public final class Suggestions {

    /** Shorter keys are contained in too many names to say anything. */
    private static final int MIN_CONTAINED_LENGTH = 5;

    private Suggestions() {
    }

    /**
     * Up to {@code n} candidates, closest first, leaving out those too far to be a plausible misspelling: more than
     * 2 edits and more than 40% of the longer key. A key contained in a candidate's key (or the reverse) counts as one
     * edit, so a shortened name still finds its full name.
     */
    public static List<String> closest(String raw, Collection<String> candidates, int n) {
        String key = VietText.asciiKey(raw);
        if (key.isEmpty() || n <= 0) {
            return List.of();
        }
        List<Scored> scored = new ArrayList<>();
        int order = 0;
        for (String candidate : new LinkedHashSet<>(candidates)) {
            int distance = distance(key, VietText.asciiKey(candidate));
            if (distance >= 0) {
                scored.add(new Scored(candidate, distance, order));
            }
            order++;
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparingInt(Scored::order));
        return scored.stream().limit(n).map(Scored::candidate).toList();
    }

    /** The edit distance between two keys, or -1 when they are too far apart to be a misspelling. */
    private static int distance(String a, String b) {
        if (b.isEmpty()) {
            return -1;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (!shorter.equals(longer) && shorter.length() >= MIN_CONTAINED_LENGTH && longer.contains(shorter)) {
            return 1;
        }
        int d = Math.min(levenshtein(a, b), levenshtein(a.replace(" ", ""), b.replace(" ", "")));
        int allowed = Math.max(2, longer.length() * 2 / 5);
        return d <= allowed ? d : -1;
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private record Scored(String candidate, int distance, int order) {
    }
}
