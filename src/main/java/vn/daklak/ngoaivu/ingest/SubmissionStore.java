package vn.daklak.ngoaivu.ingest;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;

/** The submission table and what hangs off it, as the ingest job writes it. */
@Repository
class SubmissionStore {

    private static final List<String> DATA_TABLES = List.of("task_report", "event", "spending", "problem");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    SubmissionStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The stored state of a file by its bytes' hash, if it was ever ingested. */
    Optional<KnownSubmission> findBySha(String sha256) {
        return jdbc.sql("SELECT id, status, agency_code, year, period FROM submission WHERE sha256 = ?").param(sha256)
                .query((rs, n) -> new KnownSubmission(rs.getLong("id"), rs.getString("status"),
                        rs.getString("agency_code"), (Integer) rs.getObject("year"), rs.getString("period")))
                .optional();
    }

    /** Creates (or, on a restart, resets) the LOADING row of a file and removes whatever an earlier attempt left. */
    long begin(String sha256, String fileName, long size, Instant receivedAt) {
        long id = jdbc.sql("""
                INSERT INTO submission (sha256, file_name, file_size, received_at, status)
                VALUES (?, ?, ?, ?, 'LOADING')
                ON CONFLICT (sha256) DO UPDATE SET status = 'LOADING', file_name = EXCLUDED.file_name
                RETURNING id""").params(sha256, fileName, size, Timestamp.from(receivedAt))
                .query(Long.class).single();
        discardRows(id);
        return id;
    }

    void saveHeader(long id, SubmissionHeader h) {
        jdbc.sql("""
                UPDATE submission SET agency_code = ?, year = ?, period = ?, preparer = ?, phone = ?, email = ?,
                    report_date = ? WHERE id = ?""")
                .params(h.agencyCode(), h.year(), h.period() == null ? null : h.period().name(), h.preparer(),
                        h.phone(), h.email(), h.reportDate() == null ? null : Date.valueOf(h.reportDate()), id)
                .update();
    }

    void addProblems(long id, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                INSERT INTO problem (submission_id, sheet, row_no, column_index, column_name, raw_value, severity, code,
                    message)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", problems.stream().map(p -> new Object[] {id, p.sheet(), p.row(),
                p.columnIndex(), p.column(), p.rawValue(), p.severity().name(), p.code(), p.message()}).toList());
    }

    List<Problem> problems(long id) {
        return jdbc.sql("""
                SELECT sheet, row_no, column_index, column_name, raw_value, severity, code, message FROM problem
                WHERE submission_id = ? ORDER BY row_no IS NOT NULL, sheet NULLS FIRST, row_no, id""").param(id)
                .query((rs, n) -> new Problem(rs.getString("sheet"), (Integer) rs.getObject("row_no"),
                        (Integer) rs.getObject("column_index"),
                        rs.getString("column_name"), rs.getString("raw_value"), Severity.valueOf(rs.getString("severity")),
                        rs.getString("code"), rs.getString("message")))
                .list();
    }

    int countProblems(long id, Severity severity) {
        return jdbc.sql("SELECT count(*) FROM problem WHERE submission_id = ? AND severity = ?")
                .params(id, severity.name()).query(Integer.class).single();
    }

    /** Rejects: the file's data rows go, its problems stay for the feedback and the data-quality report. */
    void reject(long id, int errors, int warnings) {
        for (String table : List.of("task_report", "event", "spending")) {
            jdbc.sql("DELETE FROM " + table + " WHERE submission_id = ?").param(id).update();
        }
        jdbc.sql("""
                UPDATE submission SET status = 'REJECTED', is_current = FALSE, ingested_at = now(),
                    error_count = ?, warning_count = ? WHERE id = ?""").params(errors, warnings, id).update();
    }

    /** Accepts and makes this the current version of its (agency, year, period), superseding the earlier one. */
    void accept(long id, int warnings) {
        jdbc.sql("""
                UPDATE submission old SET is_current = FALSE, superseded_by = new.id
                FROM submission new
                WHERE new.id = ? AND old.is_current AND old.agency_code = new.agency_code
                  AND old.year = new.year AND old.period = new.period AND old.id <> new.id""").param(id).update();
        jdbc.sql("""
                UPDATE submission SET status = 'ACCEPTED', is_current = TRUE, ingested_at = now(),
                    error_count = 0, warning_count = ? WHERE id = ?""").params(warnings, id).update();
    }

    /** After a failed attempt nothing of the file may stay behind: its rows, problems and the submission itself. */
    void discard(long id) {
        discardRows(id);
        jdbc.sql("DELETE FROM submission WHERE id = ? AND status = 'LOADING'").param(id).update();
    }

    void recordFiles(long id, String storedPath, String feedbackPath) {
        jdbc.sql("UPDATE submission SET stored_path = ?, feedback_path = ? WHERE id = ?")
                .params(storedPath, feedbackPath, id).update();
    }

    long countRows(long id) {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM task_report WHERE submission_id = :id)
                     + (SELECT count(*) FROM event WHERE submission_id = :id)
                     + (SELECT count(*) FROM spending WHERE submission_id = :id)""").param("id", id)
                .query(Long.class).single();
    }

    String agencyName(String code) {
        return jdbc.sql("SELECT short_name FROM agency WHERE code = ?").param(code).query(String.class).optional()
                .orElse(code);
    }

    private void discardRows(long id) {
        for (String table : DATA_TABLES) {
            jdbc.sql("DELETE FROM " + table + " WHERE submission_id = ?").param(id).update();
        }
    }

    /** What the database already knows of a file's bytes. */
    record KnownSubmission(long id, String status, String agencyCode, Integer year, String period) {
    }
}
