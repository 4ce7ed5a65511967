package vn.daklak.ngoaivu.report;

import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;

/** Inserts master data and submissions with plain SQL, the way the ingest leaves them. */
final class ReportTestData {

    private static final AtomicLong FILES = new AtomicLong();

    private final JdbcClient jdbc;

    ReportTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ReportTestData reset() {
        jdbc.sql("TRUNCATE agency, partner, plan_group, plan_task, submission, task_report, event, spending,"
                + " problem RESTART IDENTITY CASCADE").update();
        return this;
    }

    ReportTestData agency(String code, String name, String kind, boolean reports, String validFrom, String validTo) {
        jdbc.sql("INSERT INTO agency (code, name, short_name, kind, reports, valid_from, valid_to)"
                        + " VALUES (?, ?, ?, ?, ?, CAST(? AS DATE), CAST(? AS DATE))")
                .params(code, name, name, kind, reports, validFrom, validTo).update();
        return this;
    }

    ReportTestData partner(String code, String nameVi, String country) {
        jdbc.sql("INSERT INTO partner (code, name_vi, country) VALUES (?, ?, ?)").params(code, nameVi, country)
                .update();
        return this;
    }

    ReportTestData group(String code, String name) {
        jdbc.sql("INSERT INTO plan_group (code, name) VALUES (?, ?)").params(code, name).update();
        return this;
    }

    ReportTestData planTask(int year, String code, String group, String content, String lead, String coordinating,
            String start, String end, Long budget) {
        jdbc.sql("INSERT INTO plan_task (year, code, group_code, content, lead_agency, coordinating_agencies,"
                        + " start_date, end_date, planned_budget, funding_source)"
                        + " VALUES (?, ?, ?, ?, ?, string_to_array(?, '|'), CAST(? AS DATE), CAST(? AS DATE), ?,"
                        + " 'STATE_BUDGET')")
                .params(year, code, group, content, lead, coordinating, start, end, budget).update();
        return this;
    }

    /** An accepted file that becomes current and supersedes the agency's earlier current one. */
    long accepted(String agency, int year, Period period, String receivedAt) {
        long id = insertSubmission(agency, year, period, "ACCEPTED", receivedAt);
        jdbc.sql("UPDATE submission SET is_current = false, superseded_by = ? WHERE agency_code = ? AND year = ?"
                        + " AND period = ? AND is_current")
                .params(id, agency, year, period.name()).update();
        jdbc.sql("UPDATE submission SET is_current = true WHERE id = ?").param(id).update();
        return id;
    }

    /** The date the file states in "Ngày lập", as ingest stores it. */
    ReportTestData statedDate(long submission, String date) {
        jdbc.sql("UPDATE submission SET report_date = CAST(? AS DATE) WHERE id = ?").params(date, submission).update();
        return this;
    }

    /** A rejected file with one error. */
    long rejected(String agency, int year, Period period, String receivedAt, String error) {
        long id = insertSubmission(agency, year, period, "REJECTED", receivedAt);
        problem(id, "ERROR", "Nhiệm vụ", 5, error);
        jdbc.sql("UPDATE submission SET error_count = 1 WHERE id = ?").param(id).update();
        return id;
    }

    ReportTestData problem(long submission, String severity, String sheet, Integer row, String message) {
        jdbc.sql("INSERT INTO problem (submission_id, sheet, row_no, column_name, raw_value, severity, code, message)"
                        + " VALUES (?, ?, ?, 'Mã nhiệm vụ', 'NV99', ?, 'TEST', ?)")
                .params(submission, sheet, row, severity, message).update();
        return this;
    }

    ReportTestData task(long submission, int row, String code, String status, Integer percent) {
        jdbc.sql("INSERT INTO task_report (submission_id, row_no, task_code, content, status, percent, results)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(submission, row, code, "Nội dung " + code, status, percent, "Kết quả " + code).update();
        return this;
    }

    ReportTestData event(long submission, int row, String task, String name, String date, String country,
            String partner, Integer participants, Integer foreignGuests) {
        jdbc.sql("INSERT INTO event (submission_id, row_no, task_code, name, event_type, start_date, start_precision,"
                        + " end_date, location, country, partner_code, participants, foreign_guests)"
                        + " VALUES (?, ?, ?, ?, 'GIAO_LUU', CAST(? AS DATE), 'DAY', CAST(? AS DATE), 'Buôn Ma Thuột',"
                        + " ?, ?, ?, ?)")
                .params(submission, row, task, name, date, date, country, partner, participants, foreignGuests)
                .update();
        return this;
    }

    ReportTestData spending(long submission, int row, String task, String source, Long estimate, Long allocated,
            long spent) {
        jdbc.sql("INSERT INTO spending (submission_id, row_no, task_code, item, source, estimate, allocated, spent)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(submission, row, task, "Chi " + task, source, estimate, allocated, spent).update();
        return this;
    }

    private long insertSubmission(String agency, int year, Period period, String status, String receivedAt) {
        long n = FILES.incrementAndGet();
        return jdbc.sql("INSERT INTO submission (sha256, file_name, file_size, received_at, ingested_at, agency_code,"
                        + " year, period, status, stored_path) VALUES (?, ?, 1000, ?, ?, ?, ?, ?, ?, 'archive/test.xlsx')"
                        + " RETURNING id")
                .params(String.format("%064d", n), agency + "-" + n + ".xlsx", OffsetDateTime.parse(receivedAt),
                        OffsetDateTime.parse(receivedAt), agency, year, period.name(), status)
                .query(Long.class).single();
    }
}
