package vn.daklak.ngoaivu.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * Loads the {@link YearComparison} of a period: tasks done, events, abroad events and money spent per year and agency,
 * for the same period of the last {@value #YEARS} years. An agency merged in a reorganisation is counted under its
 * last successor (following {@code agency.successor} through every step), so years before and after the 2025 merger
 * compare like with like.
 */
final class YearComparisonQuery {

    static final int YEARS = 5;

    /** Each agency's last successor ({@code heir}), itself when it has none; cycles stop after ten steps. */
    private static final String SUCCESSION = """
            WITH RECURSIVE chain(code, heir, depth) AS (
              SELECT code, code, 0 FROM agency
              UNION ALL
              SELECT c.code, a.successor, c.depth + 1
              FROM chain c JOIN agency a ON a.code = c.heir
              WHERE coalesce(a.successor, '') <> '' AND c.depth < 10
            ), heirs AS (
              SELECT DISTINCT ON (code) code, heir FROM chain ORDER BY code, depth DESC
            )""";

    private static final String HEIRS = SUCCESSION + """
            , cur AS (
              SELECT s.id, s.year, s.agency_code, coalesce(h.heir, s.agency_code) AS agency
              FROM current_submission s LEFT JOIN heirs h ON h.code = s.agency_code
              WHERE s.period = :period
                AND s.year BETWEEN :firstYear AND :year
            )""";

    private static final String FIGURES = HEIRS + """
            , tasks AS (
              SELECT c.year, c.agency, count(*) FILTER (WHERE t.status = 'DONE') AS done
              FROM cur c JOIN task_report t ON t.submission_id = c.id GROUP BY c.year, c.agency
            ), events AS (
              SELECT c.year, c.agency, count(*) AS events, count(*) FILTER (WHERE e.country <> 'VN') AS abroad
              FROM cur c JOIN event e ON e.submission_id = c.id GROUP BY c.year, c.agency
            ), money AS (
              SELECT c.year, c.agency, sum(sp.spent) AS spent
              FROM cur c JOIN spending sp ON sp.submission_id = c.id GROUP BY c.year, c.agency
            ), keys AS (
              SELECT DISTINCT year, agency FROM cur
            )
            SELECT k.year, k.agency, coalesce(a.short_name, a.name, k.agency) AS label,
                   coalesce(a.name, k.agency) AS name,
                   coalesce(t.done, 0) AS done, coalesce(ev.events, 0) AS events,
                   coalesce(ev.abroad, 0) AS abroad, coalesce(m.spent, 0) AS spent
            FROM keys k
              LEFT JOIN tasks t USING (year, agency)
              LEFT JOIN events ev USING (year, agency)
              LEFT JOIN money m USING (year, agency)
              LEFT JOIN agency a ON a.code = k.agency
            ORDER BY k.year, k.agency""";

    private static final String MERGERS = HEIRS + """
            SELECT DISTINCT c.agency_code, coalesce(a.name, c.agency_code) AS name, a.valid_to,
                   c.agency AS heir, coalesce(h.name, c.agency) AS heir_name
            FROM cur c
              LEFT JOIN agency a ON a.code = c.agency_code
              LEFT JOIN agency h ON h.code = c.agency
            WHERE c.agency <> c.agency_code
            ORDER BY c.agency_code""";

    /** Agencies gone by the end of the period's window (a successor, and no last day or an earlier one). */
    private static final String MERGED = SUCCESSION + """
             SELECT h.code, h.heir FROM heirs h JOIN agency a ON a.code = h.code
            WHERE h.heir <> h.code AND (a.valid_to IS NULL OR a.valid_to < :until) ORDER BY h.code""";

    private final JdbcClient jdbc;

    YearComparisonQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    YearComparison load(int year, Period period) {
        return new YearComparison(figures(year, period), mergers(year, period), heirs(period.window(year).to()));
    }

    /** One row per (year, successor agency) with a current accepted submission, by year then agency code. */
    private List<YearComparison.Row> figures(int year, Period period) {
        return bind(FIGURES, year, period)
                .query((rs, i) -> new YearComparison.Row(rs.getInt("year"), rs.getString("agency"),
                        rs.getString("label"), rs.getString("name"), rs.getLong("done"), rs.getLong("events"),
                        rs.getLong("abroad"), rs.getLong("spent")))
                .list();
    }

    /** The agencies whose figures in the compared years are counted under a successor, by code. */
    private List<YearComparison.Merger> mergers(int year, Period period) {
        return bind(MERGERS, year, period)
                .query((rs, i) -> new YearComparison.Merger(rs.getString("agency_code"), rs.getString("name"),
                        rs.getObject("valid_to", LocalDate.class), rs.getString("heir"), rs.getString("heir_name")))
                .list();
    }

    /** Every agency merged away by {@code until}, to its last successor, whatever years it reported. */
    private Map<String, String> heirs(LocalDate until) {
        Map<String, String> heirs = new TreeMap<>();
        jdbc.sql(MERGED).param("until", until).query(rs -> {
            heirs.put(rs.getString("code"), rs.getString("heir"));
        });
        return heirs;
    }

    private JdbcClient.StatementSpec bind(String sql, int year, Period period) {
        return jdbc.sql(sql).param("year", year).param("firstYear", year - YEARS + 1).param("period", period.name());
    }
}
