package vn.daklak.ngoaivu.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams a period's activities and problems from a server-side cursor ({@link #FETCH_SIZE} rows at a time, which
 * PostgreSQL's driver only does inside a transaction: each read joins the caller's transaction, the report's
 * repeatable-read snapshot, or opens a read-only one of its own).
 */
final class PeriodRowsQuery {

    static final int FETCH_SIZE = 1000;

    private static final String EVENTS = EventTotalsQuery.CURRENT_EVENTS
            + " ORDER BY r.start_date, s.agency_code, r.row_no";

    private static final String LARGEST_EVENTS = EventTotalsQuery.CURRENT_EVENTS
            + " AND r.task_code = ANY (:tasks)"
            + " ORDER BY coalesce(r.participants, 0) DESC, r.start_date, s.agency_code, r.row_no";

    private static final String PROBLEMS = """
            SELECT s.agency_code, s.file_name, s.status AS submission_status,
                   s.received_at AT TIME ZONE :zone AS received_at,
                   p.sheet, p.row_no, p.column_name, p.raw_value, p.severity, p.code, p.message
              FROM problem p JOIN submission s ON s.id = p.submission_id
             WHERE s.year = :year AND s.period = :period
             ORDER BY s.agency_code, s.received_at, s.id, p.row_no NULLS FIRST, p.id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final EventSliceQuery slices;

    PeriodRowsQuery(NamedParameterJdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.slices = new EventSliceQuery(jdbc);
    }

    EventRows events(Map<String, Object> params, EventTotals totals) {
        return new EventRows() {
            @Override
            public EventTotals totals() {
                return totals;
            }

            @Override
            public void forEach(Consumer<EventFigure> action) {
                read(EVENTS, params, rs -> action.accept(event(rs)));
            }

            @Override
            public void largestFirst(Set<String> taskCodes, Predicate<EventFigure> more) {
                MapSqlParameterSource withTasks = new MapSqlParameterSource(params)
                        .addValue("tasks", taskCodes.toArray(String[]::new));
                // stops reading where the caller has enough; closing the statement closes the cursor
                transaction.executeWithoutResult(status -> jdbc.query(LARGEST_EVENTS, withTasks, rs -> {
                    boolean reading = true;
                    while (reading && rs.next()) {
                        reading = more.test(event(rs));
                    }
                    return null;
                }));
            }

            @Override
            public long count(EventFilter filter) {
                return slices.count(params, filter);
            }

            @Override
            public List<EventFigure> slice(EventFilter filter, int offset, int limit) {
                return slices.slice(params, filter, offset, limit, (rs, n) -> event(rs));
            }
        };
    }

    ProblemRows problems(Map<String, Object> params) {
        return action -> read(PROBLEMS, params, rs -> action.accept(problem(rs)));
    }

    private void read(String sql, Map<String, Object> params, RowCallbackHandler handler) {
        transaction.executeWithoutResult(status -> jdbc.query(sql, params, handler));
    }

    private static EventFigure event(ResultSet rs) throws SQLException {
        return new EventFigure(rs.getString("agency_code"), rs.getInt("row_no"), rs.getString("task_code"),
                rs.getString("name"), rs.getString("event_type"), rs.getObject("start_date", LocalDate.class),
                rs.getString("start_precision"), rs.getObject("end_date", LocalDate.class), rs.getString("location"),
                rs.getString("country"), rs.getString("partner_code"), rs.getString("partner_name"),
                rs.getObject("participants", Integer.class), rs.getObject("foreign_guests", Integer.class),
                rs.getString("ocop_products"), rs.getString("heritage"), rs.getString("notes"));
    }

    private static ProblemFigure problem(ResultSet rs) throws SQLException {
        return new ProblemFigure(rs.getString("agency_code"), rs.getString("file_name"),
                rs.getString("submission_status"), rs.getObject("received_at", LocalDateTime.class),
                rs.getString("sheet"), rs.getObject("row_no", Integer.class), rs.getString("column_name"),
                rs.getString("raw_value"), rs.getString("severity"), rs.getString("code"), rs.getString("message"));
    }
}
