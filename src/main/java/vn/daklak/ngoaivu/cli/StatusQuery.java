package vn.daklak.ngoaivu.cli;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.YearPeriod;
import vn.daklak.ngoaivu.support.VietnamTime;

/** What {@code status} prints: the latest runs, and each period's submissions. */
@Component
class StatusQuery {

    private final JdbcClient jdbc;

    StatusQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> recentRuns(int limit) {
        return jdbc.sql("""
                SELECT to_char(started_at AT TIME ZONE ?, 'DD/MM/YYYY HH24:MI') AS at, command,
                       coalesce(summary, outcome, 'chưa kết thúc') AS outcome
                FROM pipeline_run ORDER BY id DESC LIMIT ?""").param(VietnamTime.ZONE.getId()).param(limit)
                .query((rs, n) -> rs.getString("at") + "  " + rs.getString("command") + "  " + rs.getString("outcome"))
                .list();
    }

    /** Every (year, period) some file was received for, oldest first. */
    List<YearPeriod> periods() {
        return jdbc.sql("""
                SELECT DISTINCT year, period FROM submission WHERE year IS NOT NULL AND period IS NOT NULL
                ORDER BY year, period""")
                .query((rs, n) -> new YearPeriod(rs.getInt("year"), Period.valueOf(rs.getString("period")))).list();
    }
}
