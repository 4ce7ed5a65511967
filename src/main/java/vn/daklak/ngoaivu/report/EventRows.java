package vn.daklak.ngoaivu.report;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The activity rows of a period's current accepted submissions: their totals, and the rows themselves streamed one
 * at a time (a period may hold hundreds of thousands of them), never as a list.
 */
public interface EventRows {

    EventTotals totals();

    default long size() {
        return totals().count();
    }

    default boolean isEmpty() {
        return totals().count() == 0;
    }

    /** Every row, by start date, agency and row number. */
    void forEach(Consumer<EventFigure> action);

    /**
     * The rows of these plan tasks, the most participants first (then start date, agency, row number), for as long
     * as {@code more} returns true: a caller that wants the first few stops reading there.
     */
    void largestFirst(Set<String> taskCodes, Predicate<EventFigure> more);

    /** The number of rows {@code filter} keeps. */
    long count(EventFilter filter);

    /** The rows {@code filter} keeps, in its order, from {@code offset}, at most {@code limit} of them. */
    List<EventFigure> slice(EventFilter filter, int offset, int limit);
}
