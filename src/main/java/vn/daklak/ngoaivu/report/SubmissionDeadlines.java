package vn.daklak.ngoaivu.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * When agencies' reports are due, and the one timeliness rule every output uses (through {@link PeriodFigures}: the
 * workbook, the CSV exports, the .docx report and the charts): an agency reported on time when its <em>first
 * accepted</em> file for the period ({@link #ARRIVAL_SQL}) arrived by the end of the deadline day in {@link #zone()}.
 * A file's arrival is {@code submission.received_at}, when ingest first saw it in the inbox (its modification time
 * when older). The province sets the dates (unconfirmed for Đắk Lắk), so they come from configuration
 * ({@code ngvh.report.*-deadline}).
 *
 * @param h1   deadline of the 6-month report, in the report year
 * @param year deadline of the annual report, in the report year
 * @param zone the zone in which a deadline day ends
 */
public record SubmissionDeadlines(MonthDay h1, MonthDay year, ZoneId zone) {

    /**
     * SQL aggregate over one agency's {@code submission} rows of a period: the arrival that decides timeliness. A later
     * corrected file does not make an agency late once a valid report was in.
     */
    static final String ARRIVAL_SQL = "min(received_at) FILTER (WHERE status = 'ACCEPTED')";

    /** The last day on which a report for ({@code reportYear}, {@code period}) is on time. */
    public LocalDate deadline(int reportYear, Period period) {
        return (period == Period.H1 ? h1 : year).atYear(reportYear);
    }

    /** True when a report that arrived at {@code localArrival} (wall time in {@link #zone()}) met {@code deadline}. */
    static boolean arrivedBy(LocalDateTime localArrival, LocalDate deadline) {
        return !localArrival.toLocalDate().isAfter(deadline);
    }
}
