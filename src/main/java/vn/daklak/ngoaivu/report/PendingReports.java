package vn.daklak.ngoaivu.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.YearPeriod;

/**
 * The periods whose reports are out of date ({@code report_pending}). A period is marked in the same transaction as
 * the change of its data and cleared only after its reports are published, so a crash or a failed rebuild is retried
 * by the next run. Marking a period that is already pending moves its {@code since} forward, so a rebuild that read
 * the older data does not clear it.
 */
@Repository
public class PendingReports {

    private static final String MARK = """
            INSERT INTO report_pending (year, period) %s
            ON CONFLICT (year, period) DO UPDATE SET since = clock_timestamp()""";

    private final JdbcClient jdbc;

    PendingReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the period of a submission (none when the file named no year or period). */
    public void markPeriodOf(long submissionId) {
        jdbc.sql(MARK.formatted("""
                SELECT year, period FROM submission WHERE id = ? AND year IS NOT NULL AND period IS NOT NULL""")
        ).param(submissionId).update();
    }

    /** Marks every period some file was received for: master data changes what all of them show. */
    public void markEveryPeriodWithData() {
        jdbc.sql(MARK.formatted("""
                SELECT DISTINCT year, period FROM submission WHERE year IS NOT NULL AND period IS NOT NULL""")).update();
    }

    /** The pending periods, oldest first. */
    public List<Pending> all() {
        return jdbc.sql("SELECT year, period, since FROM report_pending ORDER BY year, period")
                .query((rs, n) -> new Pending(new YearPeriod(rs.getInt("year"), Period.valueOf(rs.getString("period"))),
                        rs.getObject("since", OffsetDateTime.class)))
                .list();
    }

    public Optional<Pending> find(int year, Period period) {
        return all().stream().filter(p -> p.period().equals(new YearPeriod(year, period))).findFirst();
    }

    /** Clears a period whose reports were published, unless its data changed again since it was read. */
    public void clear(Pending pending) {
        jdbc.sql("DELETE FROM report_pending WHERE year = ? AND period = ? AND since = ?")
                .params(pending.period().year(), pending.period().period().name(), pending.since()).update();
    }

    /** A period to rebuild and the moment its data last changed. */
    public record Pending(YearPeriod period, OffsetDateTime since) {
    }
}
