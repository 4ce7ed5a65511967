package vn.daklak.ngoaivu.dashboard.pages;

import java.util.List;
import java.util.function.ToLongFunction;
import vn.daklak.ngoaivu.normalize.TaskStatus;
import vn.daklak.ngoaivu.report.PeriodFigures;

/** The overview's tiles, every number taken from the reports' own model of each period. */
final class KeyFigures {

    private final PeriodFigures now;
    /** The same period a year earlier, or null when it has no accepted report. */
    private final PeriodFigures before;

    private KeyFigures(PeriodFigures now, PeriodFigures previous) {
        this.now = now;
        this.before = previous.acceptedCodes().isEmpty() ? null : previous;
    }

    static List<KeyFigure> of(PeriodFigures now, PeriodFigures previous) {
        return new KeyFigures(now, previous).tiles();
    }

    private List<KeyFigure> tiles() {
        long expected = now.expectedCodes().size();
        return List.of(
                count("tile.reports", f -> f.acceptedCodes().size(), expected),
                count("tile.onTime", PeriodFigures::onTimeCount, expected),
                count("tile.tasksDone", f -> f.tasksByStatus().get(TaskStatus.DONE), (long) now.tasks().size()),
                count("tile.events", f -> f.events().size(), null),
                count("tile.eventsAbroad", PeriodFigures::abroadEvents, null),
                count("tile.foreignGuests", PeriodFigures::foreignGuests, null),
                new KeyFigure("tile.spent", now.spendingTotal().spent(), now.spendingTotal().allocated(),
                        previous(f -> f.spendingTotal().spent()), true, now.executionRatePercent()));
    }

    private KeyFigure count(String label, ToLongFunction<PeriodFigures> figure, Long of) {
        return new KeyFigure(label, figure.applyAsLong(now), of, previous(figure), false, null);
    }

    private Long previous(ToLongFunction<PeriodFigures> figure) {
        return before == null ? null : figure.applyAsLong(before);
    }
}
