package vn.daklak.ngoaivu.report;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.ReportWindow;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/**
 * Loads {@link PeriodFigures} with plain SQL over the pipeline's tables. The current accepted submission of each
 * (agency, year, period) is the {@code current_submission} view; who is expected to report is {@link #EXPECTED}.
 * Deadlines, the evidence that decides timeliness and the zone come from {@link SubmissionDeadlines}. Times are
 * converted to that zone (Vietnam) in SQL, so timeliness does not depend on the JVM's time zone. Activities are
 * counted by {@link EventTotalsQuery}; they and the problems are streamed by {@link PeriodRowsQuery}, never listed.
 */
@Component
public class PeriodFiguresQuery {

    /** Agencies that must report for a window {@code :from}–{@code :to}: reporting ones that existed during it. */
    private static final String EXPECTED = """
            SELECT code FROM agency
             WHERE reports
               AND (valid_from IS NULL OR valid_from <= :to)
               AND (valid_to IS NULL OR valid_to >= :from)""";

    private static final String AGENCIES = """
            WITH files AS (
                SELECT agency_code,
                       bool_and(status = 'REJECTED') AS all_rejected,
                       count(*) FILTER (WHERE status = 'REJECTED') AS rejected_files,
                       %s AS first_accepted_at,
                       %s AS stated_report_date,
                       max(received_at) FILTER (WHERE status = 'REJECTED') AS last_rejected_at
                  FROM submission
                 WHERE year = :year AND period = :period AND agency_code IS NOT NULL
                 GROUP BY agency_code),
            expected AS (%s)
            SELECT coalesce(e.code, f.agency_code) AS code, a.name, a.short_name, a.kind,
                   e.code IS NOT NULL AS expected,
                   cur.id IS NOT NULL AS has_current,
                   coalesce(f.all_rejected, false) AS all_rejected,
                   coalesce(f.rejected_files, 0) AS rejected_files,
                   f.first_accepted_at AT TIME ZONE :zone AS first_accepted_at, f.stated_report_date,
                   f.last_rejected_at AT TIME ZONE :zone AS last_rejected_at,
                   cur.id AS submission_id, cur.file_name, coalesce(cur.warning_count, 0) AS warnings,
                   (SELECT p.message FROM problem p JOIN submission s ON s.id = p.submission_id
                     WHERE s.agency_code = coalesce(e.code, f.agency_code) AND s.year = :year
                       AND s.period = :period AND s.status = 'REJECTED' AND p.severity = 'ERROR'
                     ORDER BY s.received_at DESC, p.id LIMIT 1) AS rejection_reason
              FROM expected e
              FULL JOIN files f ON f.agency_code = e.code
              LEFT JOIN agency a ON a.code = coalesce(e.code, f.agency_code)
              LEFT JOIN current_submission cur ON cur.agency_code = coalesce(e.code, f.agency_code)
                    AND cur.year = :year AND cur.period = :period
             ORDER BY 1
            """.formatted(SubmissionDeadlines.ARRIVAL_SQL, SubmissionDeadlines.STATED_DATE_SQL, EXPECTED);

    private static final String PLAN_TASKS = """
            SELECT t.code, t.group_code, g.name AS group_name, t.content, t.lead_agency, t.coordinating_agencies,
                   t.start_date, t.end_date, t.planned_budget, t.funding_source, t.expected_output
              FROM plan_task t LEFT JOIN plan_group g ON g.code = t.group_code
             WHERE t.year = :year ORDER BY t.code
            """;

    private static final String CURRENT = """
            JOIN current_submission s ON s.id = r.submission_id
             WHERE s.year = :year AND s.period = :period
            """;

    private static final String TASKS = "SELECT s.agency_code, r.* FROM task_report r " + CURRENT
            + " ORDER BY r.task_code, s.agency_code, r.row_no";

    private static final String SPENDING = "SELECT s.agency_code, r.* FROM spending r " + CURRENT
            + " ORDER BY r.task_code, s.agency_code, r.row_no";

    private final JdbcClient jdbc;
    private final SubmissionDeadlines deadlines;
    private final YearComparisonQuery yearComparison;
    private final EventTotalsQuery eventTotals;
    private final PeriodRowsQuery rows;

    public PeriodFiguresQuery(DataSource dataSource, SubmissionDeadlines deadlines,
            PlatformTransactionManager transactions) {
        this.jdbc = JdbcClient.create(dataSource);
        this.deadlines = deadlines;
        this.yearComparison = new YearComparisonQuery(jdbc);
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(PeriodRowsQuery.FETCH_SIZE);
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(streaming);
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.eventTotals = new EventTotalsQuery(named);
        this.rows = new PeriodRowsQuery(named, readOnly);
    }

    public PeriodFigures load(int year, Period period) {
        ReportWindow window = period.window(year);
        LocalDate deadline = deadlines.deadline(year, period);
        Map<String, Object> params = params(year, period);
        return new PeriodFigures(year, period, window, deadline,
                agencies(year, period),
                list(PLAN_TASKS, params, (rs, n) -> planTask(rs)),
                list(TASKS, params, (rs, n) -> task(rs)),
                rows.events(params, eventTotals.load(params)),
                list(SPENDING, params, (rs, n) -> spending(rs)),
                rows.problems(params),
                yearComparison.load(year, period).withOnTimeYearBefore(
                        YearComparison.OnTime.of(agencies(year - 1, period))));
    }

    private List<AgencyFigure> agencies(int year, Period period) {
        LocalDate deadline = deadlines.deadline(year, period);
        return list(AGENCIES, params(year, period), (rs, n) -> agency(rs, deadline));
    }

    private Map<String, Object> params(int year, Period period) {
        ReportWindow window = period.window(year);
        return Map.of("year", year, "period", period.name(),
                "from", window.from(), "to", window.to(), "zone", deadlines.zone().getId());
    }

    private <T> List<T> list(String sql, Map<String, Object> params,
            RowMapper<T> mapper) {
        return jdbc.sql(sql).params(params).query(mapper).list();
    }

    private static AgencyFigure agency(ResultSet rs, LocalDate deadline) throws SQLException {
        String code = rs.getString("code");
        AgencyState state = rs.getBoolean("has_current") ? AgencyState.ACCEPTED
                : rs.getBoolean("all_rejected") ? AgencyState.REJECTED : AgencyState.MISSING;
        String name = rs.getString("name");
        return new AgencyFigure(code, name == null ? code : name, rs.getString("short_name"), rs.getString("kind"),
                rs.getBoolean("expected"), state, rs.getObject("submission_id", Long.class),
                rs.getString("file_name"), dateTime(rs, "first_accepted_at"),
                rs.getObject("stated_report_date", LocalDate.class), deadline, rs.getInt("warnings"),
                rs.getInt("rejected_files"), dateTime(rs, "last_rejected_at"), rs.getString("rejection_reason"));
    }

    private static PlanTaskFigure planTask(ResultSet rs) throws SQLException {
        return new PlanTaskFigure(rs.getString("code"), rs.getString("group_code"), rs.getString("group_name"),
                rs.getString("content"), rs.getString("lead_agency"), strings(rs.getArray("coordinating_agencies")),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getObject("planned_budget", Long.class), rs.getString("funding_source"),
                rs.getString("expected_output"));
    }

    private static TaskFigure task(ResultSet rs) throws SQLException {
        return new TaskFigure(rs.getString("agency_code"), rs.getInt("row_no"), rs.getString("task_code"),
                rs.getString("content"), TaskStatus.valueOf(rs.getString("status")), rs.getBigDecimal("percent"),
                rs.getString("results"), rs.getString("issues"), rs.getString("proposals"));
    }

    private static SpendingFigure spending(ResultSet rs) throws SQLException {
        return new SpendingFigure(rs.getString("agency_code"), rs.getInt("row_no"), rs.getString("task_code"),
                rs.getString("item"), FundingSource.valueOf(rs.getString("source")),
                rs.getObject("estimate", Long.class), rs.getObject("allocated", Long.class), rs.getLong("spent"));
    }

    private static LocalDateTime dateTime(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
