package vn.daklak.ngoaivu.normalize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Closest candidates to a misspelt value, by edit distance on {@link VietText#asciiKey}, for "did you mean" messages. */
public final class Suggestions {

    /** Shorter keys are contained in too many names to say anything. */
    private static final int MIN_CONTAINED_LENGTH = 5;
    /** Share of words two task contents must have in common (Dice coefficient) to be suggested for each other. */
    private static final double MIN_CONTENT_SIMILARITY = 0.3;

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

    /**
     * Up to {@code n} plan task codes for a task code not in the plan: first the tasks the reporting agency leads or
     * coordinates (those whose content is closest to the row's content first), then other tasks whose content shares
     * enough words with the row's, then codes close in spelling ({@link #closest}). An agency usually reports its own
     * tasks, and a clerk who mistypes a code still writes the task's content.
     */
    public static List<String> taskCodes(String rawCode, String rowContent, List<PlanTask> tasks, int n) {
        Set<String> words = words(rowContent);
        Comparator<Scored> byContent = Comparator.comparingInt(Scored::distance).thenComparingInt(Scored::order);
        List<Scored> assigned = new ArrayList<>();
        List<Scored> similar = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            PlanTask task = tasks.get(i);
            // Similarity as a negative distance in thousandths, so that the closest content sorts first.
            int distance = (int) Math.round(-1000 * similarity(words, words(task.content())));
            if (task.assigned()) {
                assigned.add(new Scored(task.code(), distance, i));
            } else if (-distance >= 1000 * MIN_CONTENT_SIMILARITY) {
                similar.add(new Scored(task.code(), distance, i));
            }
        }
        assigned.sort(byContent);
        similar.sort(byContent);
        LinkedHashSet<String> out = new LinkedHashSet<>();
        assigned.forEach(s -> out.add(s.candidate()));
        similar.forEach(s -> out.add(s.candidate()));
        out.addAll(closest(rawCode, tasks.stream().map(PlanTask::code).toList(), n));
        return out.stream().limit(Math.max(n, 0)).toList();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        if (text != null) {
            for (String word : VietText.asciiKey(text).split("[^a-z0-9]+")) {
                if (word.length() > 1) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** Dice coefficient of two word sets: 1 when equal, 0 when disjoint or either is empty. */
    private static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return 2.0 * common / (a.size() + b.size());
    }

    /** A plan task as a candidate: its code, its content, and whether the reporting agency leads or coordinates it. */
    public record PlanTask(String code, String content, boolean assigned) {
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
