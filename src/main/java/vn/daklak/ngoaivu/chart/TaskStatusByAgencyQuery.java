package vn.daklak.ngoaivu.chart;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/** Reported tasks by agency and status; agencies by code, each with every status (zero when none). */
final class TaskStatusByAgencyQuery {

    private static final String SQL = """
            SELECT s.agency_code, coalesce(a.short_name, a.name, s.agency_code) AS label, t.status, count(*) AS n
            FROM task_report t
              JOIN submission s ON s.id = t.submission_id
              LEFT JOIN agency a ON a.code = s.agency_code
            WHERE %s
            GROUP BY s.agency_code, label, t.status
            ORDER BY s.agency_code, t.status""".formatted(CurrentSubmissions.WHERE);

    private final JdbcClient jdbc;

    TaskStatusByAgencyQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Agency label (short name) to counts by status, in agency-code order. */
    Map<String, Map<TaskStatus, Long>> countByAgency(int year, Period period) {
        Map<String, Map<TaskStatus, Long>> counts = new LinkedHashMap<>();
        CurrentSubmissions.bind(jdbc.sql(SQL), year, period).query(rs -> {
            Map<TaskStatus, Long> byStatus = counts.computeIfAbsent(rs.getString("label"), k -> zeros());
            byStatus.put(TaskStatus.valueOf(rs.getString("status")), rs.getLong("n"));
        });
        return counts;
    }

    private static Map<TaskStatus, Long> zeros() {
        Map<TaskStatus, Long> zeros = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            zeros.put(status, 0L);
        }
        return zeros;
    }
}
