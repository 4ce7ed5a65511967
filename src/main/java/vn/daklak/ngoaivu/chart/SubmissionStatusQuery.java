package vn.daklak.ngoaivu.chart;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.ReportWindow;

/**
 * Who reported, and when. The four groups do not overlap, so they add up on a chart: on time and late count every
 * agency with a current accepted submission (expected or not), judged by {@link SubmissionDeadlines}' one rule;
 * rejected counts expected agencies whose every file was rejected; missing counts the other expected agencies without
 * an accepted submission.
 */
final class SubmissionStatusQuery {

    private static final String SQL = """
            WITH expected AS (
              SELECT code FROM agency
              WHERE reports AND (valid_from IS NULL OR valid_from <= :windowTo)
                AND (valid_to IS NULL OR valid_to >= :windowFrom)
            ), files AS (
              SELECT agency_code,
                     bool_and(status = 'REJECTED') AS all_rejected,
                     bool_or(status = 'ACCEPTED' AND is_current) AS accepted,
                     %s AS arrival
              FROM submission
              WHERE year = :year AND period = :period AND agency_code IS NOT NULL
              GROUP BY agency_code
            )
            SELECT e.code IS NOT NULL AS expected, coalesce(f.accepted, false) AS accepted,
                   coalesce(f.all_rejected, false) AS all_rejected, f.arrival AT TIME ZONE :zone AS arrival
            FROM expected e FULL JOIN files f ON f.agency_code = e.code""".formatted(SubmissionDeadlines.ARRIVAL_SQL);

    private final JdbcClient jdbc;
    private final SubmissionDeadlines deadlines;

    SubmissionStatusQuery(JdbcClient jdbc, SubmissionDeadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    Counts counts(int year, Period period) {
        ReportWindow window = period.window(year);
        LocalDate deadline = deadlines.deadline(year, period);
        long[] counts = new long[4];
        jdbc.sql(SQL)
                .param("year", year)
                .param("period", period.name())
                .param("windowFrom", window.from())
                .param("windowTo", window.to())
                .param("zone", deadlines.zone().getId())
                .query(rs -> {
                    LocalDateTime arrival = rs.getObject("arrival", LocalDateTime.class);
                    if (rs.getBoolean("accepted") && arrival != null) {
                        counts[SubmissionDeadlines.arrivedBy(arrival, deadline) ? 0 : 1]++;
                    } else if (rs.getBoolean("expected")) {
                        counts[rs.getBoolean("all_rejected") ? 2 : 3]++;
                    }
                });
        return new Counts(counts[0], counts[1], counts[2], counts[3]);
    }

    /** Agencies in each group. */
    record Counts(long onTime, long late, long rejected, long missing) {
    }
}
