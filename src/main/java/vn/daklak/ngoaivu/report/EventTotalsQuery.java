package vn.daklak.ngoaivu.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * {@link EventTotals} of a period, aggregated by PostgreSQL in one pass over the rows (grouping sets), plus two small
 * queries over the activities that name a partner. Parameters as {@link PeriodFiguresQuery} gives them.
 */
final class EventTotalsQuery {

    /** The period's activities; the partner name is the master data's, else the text the agency wrote. */
    static final String CURRENT_EVENTS = """
            SELECT s.agency_code, r.*, coalesce(pa.name_vi, r.partner_text) AS partner_name
              FROM event r JOIN current_submission s ON s.id = r.submission_id
              LEFT JOIN partner pa ON pa.code = r.partner_code
             WHERE s.year = :year AND s.period = :period""";

    private static final String TOTALS = """
            SELECT CASE WHEN GROUPING(country) = 0 THEN 'country' WHEN GROUPING(partner_code) = 0 THEN 'partner'
                        WHEN GROUPING(month) = 0 THEN 'month' WHEN GROUPING(agency_code) = 0 THEN 'agency'
                        WHEN GROUPING(event_type) = 0 THEN 'type' WHEN GROUPING(task_code) = 0 THEN 'task'
                        ELSE 'all' END AS dimension,
                   coalesce(country, partner_code, month, agency_code, event_type, task_code) AS key,
                   count(*) AS events, count(*) FILTER (WHERE country IS DISTINCT FROM 'VN') AS abroad,
                   coalesce(sum(participants), 0) AS participants, coalesce(sum(foreign_guests), 0) AS guests
              FROM (SELECT agency_code, country::text AS country, partner_code, to_char(start_date, 'YYYY-MM') AS month,
                           event_type, task_code, participants, foreign_guests
                      FROM (%s) e) e
             GROUP BY GROUPING SETS ((), (country), (partner_code), (month), (agency_code), (event_type), (task_code))
            """.formatted(CURRENT_EVENTS);

    /** Per partner, the first activity (by date, agency, row) that carries a name other than the bare code. */
    private static final String PARTNER_NAMES = """
            SELECT DISTINCT ON (partner_code) partner_code,
                   CASE WHEN btrim(partner_name) = '' OR partner_name = partner_code THEN NULL ELSE partner_name END
                       AS name
              FROM (%s) e WHERE partner_code IS NOT NULL
             ORDER BY partner_code, (partner_name IS NULL OR btrim(partner_name) = '' OR partner_name = partner_code),
                      start_date, agency_code, row_no""".formatted(CURRENT_EVENTS);

    /** Each agency's first activity with a partner decides its place among that partner's agencies. */
    private static final String PARTNER_AGENCIES = """
            SELECT partner_code, agency_code, min(start_date) AS first FROM (%s) e WHERE partner_code IS NOT NULL
             GROUP BY partner_code, agency_code ORDER BY partner_code, first, agency_code""".formatted(CURRENT_EVENTS);

    private final NamedParameterJdbcTemplate jdbc;

    EventTotalsQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    EventTotals load(Map<String, Object> params) {
        long[] all = new long[4];
        Map<String, SortedMap<String, Long>> counts = new LinkedHashMap<>();
        SortedMap<String, Long> abroadByAgency = new TreeMap<>();
        SortedMap<YearMonth, Long> byMonth = new TreeMap<>();
        jdbc.query(TOTALS, params, rs -> {
            String dimension = rs.getString("dimension");
            String key = rs.getString("key");
            long events = rs.getLong("events");
            if (dimension.equals("all")) {
                all[0] = events;
                all[1] = rs.getLong("abroad");
                all[2] = rs.getLong("participants");
                all[3] = rs.getLong("guests");
            } else if (key != null && dimension.equals("month")) {
                byMonth.put(YearMonth.parse(key), events);
            } else if (key != null) {
                counts.computeIfAbsent(dimension, d -> new TreeMap<>()).put(key, events);
                if (dimension.equals("agency") && rs.getLong("abroad") > 0) {
                    abroadByAgency.put(key, rs.getLong("abroad"));
                }
            }
        });
        SortedMap<String, String> names = new TreeMap<>();
        jdbc.query(PARTNER_NAMES, params, rs -> {
            String code = rs.getString("partner_code");
            String name = rs.getString("name");
            names.put(code, name == null ? code : name);
        });
        Map<String, List<String>> agencies = new TreeMap<>();
        jdbc.query(PARTNER_AGENCIES, params, rs -> {
            agencies.computeIfAbsent(rs.getString("partner_code"), p -> new ArrayList<>())
                    .add(rs.getString("agency_code"));
        });
        return new EventTotals(all[0], all[1], all[2], all[3], dimension(counts, "country"),
                dimension(counts, "partner"), byMonth, dimension(counts, "agency"), abroadByAgency,
                dimension(counts, "type"), dimension(counts, "task"), names, agencies);
    }

    private static SortedMap<String, Long> dimension(Map<String, SortedMap<String, Long>> counts, String name) {
        return counts.getOrDefault(name, new TreeMap<>());
    }
}
