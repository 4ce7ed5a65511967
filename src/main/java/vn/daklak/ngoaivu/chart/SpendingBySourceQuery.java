package vn.daklak.ngoaivu.chart;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.Period;

/** Estimate, allocated and spent by funding source; every source present, zero when none. */
final class SpendingBySourceQuery {

    private static final String SQL = """
            SELECT sp.source, coalesce(sum(sp.estimate), 0) AS estimate,
                   coalesce(sum(sp.allocated), 0) AS allocated, sum(sp.spent) AS spent
            FROM spending sp JOIN submission s ON s.id = sp.submission_id
            WHERE %s
            GROUP BY sp.source""".formatted(CurrentSubmissions.WHERE);

    private final JdbcClient jdbc;

    SpendingBySourceQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<FundingSource, SpendingTotals> totalsBySource(int year, Period period) {
        Map<FundingSource, SpendingTotals> totals = new EnumMap<>(FundingSource.class);
        for (FundingSource source : FundingSource.values()) {
            totals.put(source, SpendingTotals.ZERO);
        }
        CurrentSubmissions.bind(jdbc.sql(SQL), year, period).query(rs -> {
            totals.put(FundingSource.valueOf(rs.getString("source")),
                    new SpendingTotals(rs.getLong("estimate"), rs.getLong("allocated"), rs.getLong("spent")));
        });
        return totals;
    }
}
