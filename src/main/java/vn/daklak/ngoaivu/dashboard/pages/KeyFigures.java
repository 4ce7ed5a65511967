package vn.daklak.ngoaivu.dashboard.pages;

import java.util.List;
import vn.daklak.ngoaivu.normalize.TaskStatus;
import vn.daklak.ngoaivu.report.PeriodFigures;

/** The overview's tiles, every number taken from the reports' own model of each period. */
final class KeyFigures {

    private KeyFigures() {
    }

    static List<KeyFigure> of(PeriodFigures now, PeriodFigures before) {
        return List.of(
                new KeyFigure("tile.reports", now.acceptedCodes().size(), (long) now.expectedCodes().size(),
                        before.acceptedCodes().size(), false, null),
                new KeyFigure("tile.onTime", now.onTimeCount(), (long) now.expectedCodes().size(), before.onTimeCount(),
                        false, null),
                new KeyFigure("tile.tasksDone", done(now), (long) now.tasks().size(), done(before), false, null),
                new KeyFigure("tile.events", now.events().size(), null, before.events().size(), false, null),
                new KeyFigure("tile.eventsAbroad", now.abroadEvents(), null, before.abroadEvents(), false, null),
                new KeyFigure("tile.foreignGuests", now.foreignGuests(), null, before.foreignGuests(), false, null),
                new KeyFigure("tile.spent", now.spendingTotal().spent(), now.spendingTotal().allocated(),
                        before.spendingTotal().spent(), true, now.executionRatePercent()));
    }

    private static long done(PeriodFigures figures) {
        return figures.tasksByStatus().get(TaskStatus.DONE);
    }
}
