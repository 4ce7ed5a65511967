package vn.daklak.ngoaivu.chart;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/** Reported tasks by status, over all agencies; every status present, zero when none. */
final class TaskStatusQuery {

    private static final String SQL = """
            SELECT t.status, count(*) AS n
            FROM task_report t JOIN submission s ON s.id = t.submission_id
            WHERE %s
            GROUP BY t.status""".formatted(CurrentSubmissions.WHERE);

    private final JdbcClient jdbc;

    TaskStatusQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<TaskStatus, Long> countByStatus(int year, Period period) {
        Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            counts.put(status, 0L);
        }
        CurrentSubmissions.bind(jdbc.sql(SQL), year, period)
                .query((rs, i) -> Map.entry(TaskStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}
