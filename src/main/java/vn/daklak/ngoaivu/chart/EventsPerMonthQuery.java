package vn.daklak.ngoaivu.chart;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.ReportWindow;

/**
 * Events by month of their start date. Every month of the report window is present (zero when none); events an agency
 * dated outside the window stay in its report, so their months are added too.
 */
final class EventsPerMonthQuery {

    private static final String SQL = """
            SELECT extract(YEAR FROM e.start_date)::int AS y, extract(MONTH FROM e.start_date)::int AS m, count(*) AS n
            FROM event e JOIN submission s ON s.id = e.submission_id
            WHERE %s
            GROUP BY y, m""".formatted(CurrentSubmissions.WHERE);

    private final JdbcClient jdbc;

    EventsPerMonthQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<YearMonth, Long> countByMonth(int year, Period period) {
        Map<YearMonth, Long> counts = new TreeMap<>();
        ReportWindow window = period.window(year);
        YearMonth last = YearMonth.from(window.to());
        for (YearMonth month = YearMonth.from(window.from()); !month.isAfter(last); month = month.plusMonths(1)) {
            counts.put(month, 0L);
        }
        CurrentSubmissions.bind(jdbc.sql(SQL), year, period)
                .query(rs -> {
                    counts.put(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("n"));
                });
        return counts;
    }
}
