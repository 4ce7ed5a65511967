package vn.daklak.ngoaivu.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cell formats a marked cell of the copy needs: the agency's own format of that cell with the mark's fill, made
 * once per (format, mark) pair. New formats are numbered after the package's own; {@link StyleMerge} writes them.
 */
final class MarkStyles {

    /** A new format: a copy of the agency's format {@code base} with the fill of {@code mark}. */
    record Added(int base, Mark mark) {
    }

    private final int existing;
    private final Map<Added, Integer> indexes = new HashMap<>();
    private final List<Added> added = new ArrayList<>();

    MarkStyles(int existing) {
        this.existing = existing;
    }

    int index(int base, Mark mark) {
        int known = base >= 0 && base < existing ? base : 0;
        return indexes.computeIfAbsent(new Added(known, mark), a -> {
            added.add(a);
            return existing + added.size() - 1;
        });
    }

    /** The new formats in index order. */
    List<Added> added() {
        return added;
    }
}
