package vn.daklak.ngoaivu.chart;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * When agencies' reports are due. The province sets the dates (unconfirmed for Đắk Lắk), so they come from
 * configuration: define a bean of this type to override {@link #defaults()}.
 *
 * @param h1   deadline of the 6-month report, in the report year
 * @param year deadline of the annual report, in the report year
 * @param zone the zone in which a deadline day ends
 */
public record SubmissionDeadlines(MonthDay h1, MonthDay year, ZoneId zone) {

    /** 20 June for H1, 20 December for YEAR, Vietnam time. */
    public static SubmissionDeadlines defaults() {
        return new SubmissionDeadlines(MonthDay.of(6, 20), MonthDay.of(12, 20), ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** The last day on which a report for ({@code reportYear}, {@code period}) is on time. */
    public LocalDate deadline(int reportYear, Period period) {
        return (period == Period.H1 ? h1 : year).atYear(reportYear);
    }

    /** The first instant that is late: the start of the day after the deadline. */
    OffsetDateTime lateFrom(int reportYear, Period period) {
        return deadline(reportYear, period).plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }
}
