package vn.daklak.ngoaivu.report;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A filtered, sorted page of a period's activities, chosen by PostgreSQL (a table of them shows fifty at a time).
 * Text sorts use the "C" collation: the order of {@link String#compareTo}, whatever the server's locale.
 */
final class EventSliceQuery {

    private static final String WHERE = """
             AND (CAST(:country AS text) IS NULL OR r.country = CAST(:country AS text))
             AND (CAST(:partner AS text) IS NULL OR r.partner_code = CAST(:partner AS text))
             AND (CAST(:type AS text) IS NULL OR r.event_type = CAST(:type AS text))
             AND (CAST(:agency AS text) IS NULL OR s.agency_code = CAST(:agency AS text))
             AND (CAST(:month AS text) IS NULL OR starts_with(to_char(r.start_date, 'YYYY-MM-DD'), CAST(:month AS text)))
            """;

    private static final Map<EventFilter.Order, String> KEYS = Map.of(
            EventFilter.Order.DATE, "r.start_date",
            EventFilter.Order.NAME, "r.name COLLATE \"C\"",
            EventFilter.Order.COUNTRY, "array_position(CAST(:rank AS text[]), r.country::text)",
            EventFilter.Order.AGENCY, "s.agency_code COLLATE \"C\"",
            EventFilter.Order.TYPE, "r.event_type COLLATE \"C\"");

    private final NamedParameterJdbcTemplate jdbc;

    EventSliceQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long count(Map<String, Object> period, EventFilter filter) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM (" + EventTotalsQuery.CURRENT_EVENTS + WHERE + ") e",
                params(period, filter), Long.class);
        return count == null ? 0 : count;
    }

    List<EventFigure> slice(Map<String, Object> period, EventFilter filter, int offset, int limit,
            RowMapper<EventFigure> mapper) {
        String sql = EventTotalsQuery.CURRENT_EVENTS + WHERE + " ORDER BY " + KEYS.get(filter.order())
                + (filter.descending() ? " DESC" : "") + ", s.agency_code COLLATE \"C\", r.row_no"
                + " OFFSET :offset LIMIT :limit";
        return jdbc.query(sql, params(period, filter).addValue("offset", offset).addValue("limit", limit), mapper);
    }

    private static MapSqlParameterSource params(Map<String, Object> period, EventFilter filter) {
        return new MapSqlParameterSource(period).addValue("country", blankless(filter.country()))
                .addValue("partner", blankless(filter.partner())).addValue("type", blankless(filter.type()))
                .addValue("agency", blankless(filter.agency())).addValue("month", blankless(filter.month()))
                .addValue("rank", filter.countryRank().toArray(String[]::new));
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
