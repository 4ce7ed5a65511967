package vn.daklak.ngoaivu.chart;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * Events by partner province (known partners only: free-text partners cannot be grouped reliably), most events first,
 * ties by partner code; keyed by the partner's Vietnamese name.
 */
final class EventsByPartnerQuery {

    private static final String SQL = """
            SELECT e.partner_code, coalesce(p.name_vi, e.partner_code) AS label, count(*) AS n
            FROM event e
              JOIN submission s ON s.id = e.submission_id
              LEFT JOIN partner p ON p.code = e.partner_code
            WHERE %s AND e.partner_code IS NOT NULL
            GROUP BY e.partner_code, label
            ORDER BY n DESC, e.partner_code""".formatted(CurrentSubmissions.WHERE);

    private final JdbcClient jdbc;

    EventsByPartnerQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Long> countByPartner(int year, Period period) {
        Map<String, Long> counts = new LinkedHashMap<>();
        CurrentSubmissions.bind(jdbc.sql(SQL), year, period)
                .query(rs -> {
                    counts.put(rs.getString("label"), rs.getLong("n"));
                });
        return counts;
    }
}
