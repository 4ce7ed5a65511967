package vn.daklak.ngoaivu.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.YearPeriod;
import vn.daklak.ngoaivu.report.SubmissionDeadlines;
import vn.daklak.ngoaivu.support.VietnamTime;

/** Which period the weekly reminder letters are about: the latest one whose deadline day is over. */
class OverduePeriodTest {

    private static final SubmissionDeadlines DEADLINES = new SubmissionDeadlines(MonthDay.of(6, 20),
            MonthDay.of(12, 20), VietnamTime.ZONE);

    @Test
    void theLatestPeriodWhoseDeadlineDayIsOver() {
        assertThat(OverduePeriod.on(LocalDate.of(2026, 6, 20), DEADLINES)).isEqualTo(new YearPeriod(2025, Period.YEAR));
        assertThat(OverduePeriod.on(LocalDate.of(2026, 6, 21), DEADLINES)).isEqualTo(new YearPeriod(2026, Period.H1));
        assertThat(OverduePeriod.on(LocalDate.of(2026, 11, 30), DEADLINES)).isEqualTo(new YearPeriod(2026, Period.H1));
        assertThat(OverduePeriod.on(LocalDate.of(2026, 12, 21), DEADLINES))
                .isEqualTo(new YearPeriod(2026, Period.YEAR));
        assertThat(OverduePeriod.on(LocalDate.of(2027, 1, 4), DEADLINES)).isEqualTo(new YearPeriod(2026, Period.YEAR));
    }
}
