package vn.daklak.ngoaivu.normalize;

import java.time.LocalDate;

/** A date as precise as the agency wrote it; MONTH and QUARTER dates are the first day of that month or quarter. */
public record PartialDate(LocalDate date, DatePrecision precision) {

    /** The last day this date may stand for: the day itself, or the last day of its month or quarter. */
    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
            case QUARTER -> date.plusMonths(3).minusDays(1);
        };
    }
}
