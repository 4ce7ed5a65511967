package vn.daklak.ngoaivu.cli;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What {@code status} prints: the latest runs, and each period's submissions. */
@Component
class StatusQuery {

    private final JdbcClient jdbc;

    StatusQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> recentRuns(int limit) {
        return jdbc.sql("""
                SELECT to_char(started_at, 'DD/MM/YYYY HH24:MI') AS at, command, coalesce(outcome, 'chưa kết thúc') AS outcome
                FROM pipeline_run ORDER BY id DESC LIMIT ?""").param(limit)
                .query((rs, n) -> rs.getString("at") + "  " + rs.getString("command") + "  " + rs.getString("outcome"))
                .list();
    }

    List<String> periods() {
        return jdbc.sql("""
                SELECT year, period,
                       count(DISTINCT agency_code) FILTER (WHERE is_current) AS accepted,
                       count(*) FILTER (WHERE status = 'REJECTED') AS rejected_files,
                       count(*) AS files
                FROM submission WHERE year IS NOT NULL AND period IS NOT NULL
                GROUP BY year, period ORDER BY year, period""")
                .query((rs, n) -> rs.getInt("year") + " " + rs.getString("period") + ": " + rs.getInt("accepted")
                        + " cơ quan đã có báo cáo được chấp nhận; " + rs.getInt("files") + " tệp đã nhận, "
                        + rs.getInt("rejected_files") + " tệp bị từ chối")
                .list();
    }
}
