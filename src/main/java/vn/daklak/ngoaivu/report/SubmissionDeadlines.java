package vn.daklak.ngoaivu.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * When agencies' reports are due, and the one timeliness rule every output uses (through {@link PeriodFigures}: the
 * workbook, the CSV exports, the .docx report, the deck and the charts). An agency reported on time when its
 * <em>first accepted</em> file for the period was in by the end of the deadline day in {@link #zone()}.
 * <p>
 * When that file was in is judged on the best evidence: the date the workbook itself states ("Ngày lập" in "Thông tin
 * chung", {@link #STATED_DATE_SQL}), then the file's arrival ({@link #ARRIVAL_SQL}: when ingest first saw it, its
 * modification time when older). The stated date comes first because a file's time is the moment it was copied (a
 * fresh clone, a re-saved e-mail attachment), not the moment it was sent; a stated date later than the arrival is a
 * typing mistake, so the arrival is used then. The province sets the deadlines (unconfirmed for Đắk Lắk), so they come
 * from configuration ({@code ngvh.report.*-deadline}).
 *
 * @param h1   deadline of the 6-month report, in the report year
 * @param year deadline of the annual report, in the report year
 * @param zone the zone in which a deadline day ends
 */
public record SubmissionDeadlines(MonthDay h1, MonthDay year, ZoneId zone) {

    /**
     * SQL aggregate over one agency's {@code submission} rows of a period: the arrival of its first accepted file. A
     * later corrected file does not make an agency late once a valid report was in.
     */
    static final String ARRIVAL_SQL = "min(received_at) FILTER (WHERE status = 'ACCEPTED')";

    /** SQL aggregate beside {@link #ARRIVAL_SQL}: the date the first accepted file states, or null. */
    static final String STATED_DATE_SQL = "(array_agg(report_date ORDER BY received_at, id)"
            + " FILTER (WHERE status = 'ACCEPTED'))[1]";

    /** The last day on which a report for ({@code reportYear}, {@code period}) is on time. */
    public LocalDate deadline(int reportYear, Period period) {
        return (period == Period.H1 ? h1 : year).atYear(reportYear);
    }

    /**
     * The day that decides timeliness: the stated date when there is one no later than the arrival, else the day of
     * the arrival (wall time in {@link #zone()}).
     */
    static TimelinessEvidence evidence(LocalDate statedDate, LocalDateTime localArrival) {
        LocalDate arrivalDay = localArrival.toLocalDate();
        return statedDate != null && !statedDate.isAfter(arrivalDay)
                ? new TimelinessEvidence(TimelinessEvidence.Basis.STATED_DATE, statedDate, arrivalDay)
                : new TimelinessEvidence(TimelinessEvidence.Basis.ARRIVAL, arrivalDay, arrivalDay);
    }
}
