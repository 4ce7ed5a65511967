package vn.daklak.ngoaivu.chart;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts master data, submissions and their rows with plain SQL, filling what the charts do not look at. */
final class ChartTestData {

    private final JdbcClient jdbc;
    private final Map<Long, Integer> rowNumbers = new HashMap<>();

    ChartTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void clear() {
        jdbc.sql("TRUNCATE task_report, event, spending, problem, submission, agency, partner"
                + " RESTART IDENTITY CASCADE").update();
    }

    ChartTestData agency(String code, String shortName, boolean reports, String validFrom, String validTo,
                         String successor) {
        jdbc.sql("INSERT INTO agency (code, name, short_name, kind, reports, valid_from, valid_to, successor)"
                        + " VALUES (?, ?, ?, 'DEPARTMENT', ?, ?, ?, ?)")
                .params(code, shortName + " (tên đầy đủ)", shortName, reports, date(validFrom), date(validTo), successor)
                .update();
        return this;
    }

    ChartTestData partner(String code, String nameVi, String country) {
        jdbc.sql("INSERT INTO partner (code, name_vi, country) VALUES (?, ?, ?)").params(code, nameVi, country).update();
        return this;
    }

    /** The current accepted submission of (agency, year, period), received at an ISO offset date-time. */
    long accepted(String agency, int year, String period, String receivedAt) {
        return submission(agency, year, period, "ACCEPTED", true, receivedAt);
    }

    /** An accepted submission that a newer one superseded: its rows must not count. */
    long superseded(String agency, int year, String period, String receivedAt) {
        return submission(agency, year, period, "ACCEPTED", false, receivedAt);
    }

    long rejected(String agency, int year, String period, String receivedAt) {
        return submission(agency, year, period, "REJECTED", false, receivedAt);
    }

    ChartTestData task(long submission, String status) {
        jdbc.sql("INSERT INTO task_report (submission_id, row_no, task_code, status) VALUES (?, ?, 'NV01', ?)")
                .params(submission, nextRow(submission), status).update();
        return this;
    }

    ChartTestData event(long submission, String country, String partner, String startDate) {
        jdbc.sql("INSERT INTO event (submission_id, row_no, task_code, name, event_type, start_date, start_precision,"
                        + " end_date, country, partner_code) VALUES (?, ?, 'NV01', 'Tuần lễ văn hóa', 'GIAO_LUU', ?,"
                        + " 'DAY', ?, ?, ?)")
                .params(submission, nextRow(submission), date(startDate), date(startDate), country, partner).update();
        return this;
    }

    ChartTestData spending(long submission, String source, Long estimate, Long allocated, long spent) {
        jdbc.sql("INSERT INTO spending (submission_id, row_no, task_code, source, estimate, allocated, spent)"
                        + " VALUES (?, ?, 'NV01', ?, ?, ?, ?)")
                .params(submission, nextRow(submission), source, estimate, allocated, spent).update();
        return this;
    }

    private long submission(String agency, int year, String period, String status, boolean current,
                            String receivedAt) {
        // the file hash only has to be unique: number the files in insertion order
        return jdbc.sql("INSERT INTO submission (sha256, file_name, file_size, received_at, agency_code, year, period,"
                        + " status, is_current, stored_path) VALUES (lpad((SELECT count(*) + 1 FROM submission)::text,"
                        + " 64, '0'), ?, 1, ?, ?, ?, ?, ?, ?, 'archive/test.xlsx') RETURNING id")
                .params(agency + "-" + year + "-" + period + ".xlsx", OffsetDateTime.parse(receivedAt), agency, year,
                        period, status, current)
                .query(Long.class).single();
    }

    private int nextRow(long submission) {
        return rowNumbers.merge(submission, 1, Integer::sum);
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
