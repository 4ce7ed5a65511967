package vn.daklak.ngoaivu.chart;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * Tasks done, events, abroad events and money spent per year and agency, for the same period of the last
 * {@value #YEARS} years. An agency merged in a reorganisation is counted under its last successor (following
 * {@code agency.successor} through every step), so years before and after the 2025 merger compare like with like.
 */
final class YearOverYearQuery {

    static final int YEARS = 5;

    private static final String SQL = """
            WITH RECURSIVE chain(code, heir, depth) AS (
              SELECT code, code, 0 FROM agency
              UNION ALL
              SELECT c.code, a.successor, c.depth + 1
              FROM chain c JOIN agency a ON a.code = c.heir
              WHERE coalesce(a.successor, '') <> '' AND c.depth < 10
            ), heirs AS (
              SELECT DISTINCT ON (code) code, heir FROM chain ORDER BY code, depth DESC
            ), cur AS (
              SELECT s.id, s.year, coalesce(h.heir, s.agency_code) AS agency
              FROM submission s LEFT JOIN heirs h ON h.code = s.agency_code
              WHERE s.status = 'ACCEPTED' AND s.is_current AND s.period = :period
                AND s.year BETWEEN :firstYear AND :year
            ), tasks AS (
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
                   coalesce(t.done, 0) AS done, coalesce(ev.events, 0) AS events,
                   coalesce(ev.abroad, 0) AS abroad, coalesce(m.spent, 0) AS spent
            FROM keys k
              LEFT JOIN tasks t USING (year, agency)
              LEFT JOIN events ev USING (year, agency)
              LEFT JOIN money m USING (year, agency)
              LEFT JOIN agency a ON a.code = k.agency
            ORDER BY k.year, k.agency""";

    private final JdbcClient jdbc;

    YearOverYearQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per (year, successor agency) with a current accepted submission, by year then agency code. */
    List<Figures> figures(int year, Period period) {
        return jdbc.sql(SQL)
                .param("year", year)
                .param("firstYear", year - YEARS + 1)
                .param("period", period.name())
                .query((rs, i) -> new Figures(rs.getInt("year"), rs.getString("agency"), rs.getString("label"),
                        rs.getLong("done"), rs.getLong("events"), rs.getLong("abroad"), rs.getLong("spent")))
                .list();
    }

    /** One agency's figures in one year; {@code agency} is the successor's code. */
    record Figures(int year, String agency, String label, long tasksDone, long events, long abroadEvents,
                   long spent) {
    }
}
