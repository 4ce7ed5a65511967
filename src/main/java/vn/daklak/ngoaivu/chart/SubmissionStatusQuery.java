package vn.daklak.ngoaivu.chart;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.ReportWindow;

/**
 * Who reported, and when. The four groups do not overlap, so they add up on a chart: on time and late count every
 * agency with a current accepted submission (expected or not); rejected counts expected agencies whose every file was
 * rejected; missing counts the other expected agencies without an accepted submission.
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
                     bool_or(status = 'ACCEPTED' AND is_current AND received_at < :lateFrom) AS on_time
              FROM submission
              WHERE year = :year AND period = :period AND agency_code IS NOT NULL
              GROUP BY agency_code
            )
            SELECT count(*) FILTER (WHERE f.accepted AND f.on_time) AS on_time,
                   count(*) FILTER (WHERE f.accepted AND NOT f.on_time) AS late,
                   count(*) FILTER (WHERE e.code IS NOT NULL AND f.all_rejected) AS rejected,
                   count(*) FILTER (WHERE e.code IS NOT NULL AND f.agency_code IS NULL
                                       OR e.code IS NOT NULL AND NOT f.accepted AND NOT f.all_rejected) AS missing
            FROM expected e FULL JOIN files f ON f.agency_code = e.code""";

    private final JdbcClient jdbc;
    private final SubmissionDeadlines deadlines;

    SubmissionStatusQuery(JdbcClient jdbc, SubmissionDeadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    Counts counts(int year, Period period) {
        ReportWindow window = period.window(year);
        OffsetDateTime lateFrom = deadlines.lateFrom(year, period);
        return jdbc.sql(SQL)
                .param("year", year)
                .param("period", period.name())
                .param("windowFrom", window.from())
                .param("windowTo", window.to())
                .param("lateFrom", lateFrom)
                .query((rs, i) -> new Counts(rs.getLong("on_time"), rs.getLong("late"), rs.getLong("rejected"),
                        rs.getLong("missing")))
                .single();
    }

    /** Agencies in each group. */
    record Counts(long onTime, long late, long rejected, long missing) {
    }
}
