package vn.daklak.ngoaivu.schedule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.YearPeriod;
import vn.daklak.ngoaivu.report.SubmissionDeadlines;

/**
 * The period reminder letters are about on a given day: the latest one whose agencies' deadline is over (the day
 * after it). Once the next period's deadline passes, that one takes over: an agency still missing the 6-month report
 * by the annual deadline is named by the annual report's letter instead.
 */
final class OverduePeriod {

    private OverduePeriod() {
    }

    static YearPeriod on(LocalDate today, SubmissionDeadlines deadlines) {
        int year = today.getYear();
        return Stream.of(new YearPeriod(year, Period.YEAR), new YearPeriod(year, Period.H1),
                        new YearPeriod(year - 1, Period.YEAR))
                .filter(p -> deadlines.deadline(p.year(), p.period()).isBefore(today))
                .max(Comparator.comparing(p -> deadlines.deadline(p.year(), p.period())))
                .orElseThrow();
    }
}
