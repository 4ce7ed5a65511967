package vn.daklak.ngoaivu.chart;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * Budget execution by agency: spent against allocated, over the spending rows that state an allocation (a row without
 * one would count spending that was never allocated). Agencies with nothing allocated are left out: no rate exists.
 */
final class BudgetExecutionQuery {

    private static final String SQL = """
            SELECT s.agency_code, coalesce(a.short_name, a.name, s.agency_code) AS label,
                   sum(sp.allocated) AS allocated, sum(sp.spent) AS spent
            FROM spending sp
              JOIN submission s ON s.id = sp.submission_id
              LEFT JOIN agency a ON a.code = s.agency_code
            WHERE %s AND sp.allocated IS NOT NULL
            GROUP BY s.agency_code, label
            HAVING sum(sp.allocated) > 0
            ORDER BY s.agency_code""".formatted(CurrentSubmissions.WHERE);

    private final JdbcClient jdbc;

    BudgetExecutionQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Agency label to its allocated and spent sums, in agency-code order. */
    Map<String, Execution> executionByAgency(int year, Period period) {
        Map<String, Execution> executions = new LinkedHashMap<>();
        CurrentSubmissions.bind(jdbc.sql(SQL), year, period).query(rs -> {
            executions.put(rs.getString("label"), new Execution(rs.getLong("allocated"), rs.getLong("spent")));
        });
        return executions;
    }

    /** Allocated (above zero) and spent, whole đồng. */
    record Execution(long allocated, long spent) {

        double ratePercent() {
            return 100.0 * spent / allocated;
        }
    }
}
