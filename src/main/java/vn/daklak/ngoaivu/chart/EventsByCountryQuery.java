package vn.daklak.ngoaivu.chart;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;

/** Events by the country where they took place (ISO code), most events first, ties by code. */
final class EventsByCountryQuery {

    private static final String SQL = """
            SELECT e.country, count(*) AS n
            FROM event e JOIN submission s ON s.id = e.submission_id
            WHERE %s
            GROUP BY e.country
            ORDER BY n DESC, e.country""".formatted(CurrentSubmissions.WHERE);

    private final JdbcClient jdbc;

    EventsByCountryQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Long> countByCountry(int year, Period period) {
        Map<String, Long> counts = new LinkedHashMap<>();
        CurrentSubmissions.bind(jdbc.sql(SQL), year, period)
                .query(rs -> {
                    counts.put(rs.getString("country").trim(), rs.getLong("n"));
                });
        return counts;
    }
}
