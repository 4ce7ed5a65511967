package vn.daklak.ngoaivu.ingest;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    private static final String KNOWN = """
            SELECT id, sha256, file_name, status, agency_code, year, period, stored_path FROM submission""";

    /** The stored state of a file by its bytes' hash, if it was ever ingested. */
    Optional<KnownSubmission> findBySha(String sha256) {
        return jdbc.sql(KNOWN + " WHERE sha256 = ?").param(sha256).query(SubmissionStore::known).optional();
    }

    /** Decided submissions whose original was never recorded as moved: a run died after their commit. */
    List<KnownSubmission> unfinished() {
        return jdbc.sql(KNOWN + " WHERE status <> 'LOADING' AND stored_path IS NULL ORDER BY id")
                .query(SubmissionStore::known).list();
    }

    /** Decided submissions whose original is stored, i.e. which have (or must have) their feedback. */
    List<KnownSubmission> finished() {
        return jdbc.sql(KNOWN + " WHERE status <> 'LOADING' AND stored_path IS NOT NULL ORDER BY id")
                .query(SubmissionStore::known).list();
    }

    private static KnownSubmission known(ResultSet rs, int row) throws SQLException {
        return new KnownSubmission(rs.getLong("id"), rs.getString("sha256"), rs.getString("file_name"),
                rs.getString("status"), rs.getString("agency_code"), (Integer) rs.getObject("year"),
                rs.getString("period"), rs.getString("stored_path"));
    }

    /**
     * Creates (or, on a restart, resets) the LOADING row of a file and removes whatever an earlier attempt left.
     * Throws {@link AlreadyDecided} when another taker decided the same bytes meanwhile (its commit is awaited by
     * the unique key): a decision is never reset.
     */
    long begin(String sha256, String fileName, long size, Instant receivedAt) {
        long id = jdbc.sql("""
                INSERT INTO submission (sha256, file_name, file_size, received_at, status)
                VALUES (?, ?, ?, ?, 'LOADING')
                ON CONFLICT (sha256) DO UPDATE SET status = 'LOADING', file_name = EXCLUDED.file_name
                    WHERE submission.status = 'LOADING'
                RETURNING id""").params(sha256, fileName, size, Timestamp.from(receivedAt))
                .query(Long.class).optional().orElseThrow(AlreadyDecided::new);
        discardRows(id);
        return id;
    }

    /** The bytes were decided by another taker while this one was about to load them. */
    static final class AlreadyDecided extends RuntimeException {
        AlreadyDecided() {
            super("tệp đã được xử lý bởi một tiến trình khác");
        }
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

    /**
     * Accepts. The file becomes the current version of its (agency, year, period) only if it arrived later (then by
     * id) than the current one, which it then supersedes; otherwise it is kept, superseded by the newer current one
     * (files are not always processed in the order they arrived).
     */
    void accept(long id, int warnings) {
        jdbc.sql("""
                UPDATE submission old SET is_current = FALSE, superseded_by = new.id
                FROM submission new
                WHERE new.id = ? AND old.is_current AND old.agency_code = new.agency_code
                  AND old.year = new.year AND old.period = new.period AND old.id <> new.id
                  AND (old.received_at, old.id) < (new.received_at, new.id)""").param(id).update();
        jdbc.sql("""
                UPDATE submission s SET status = 'ACCEPTED', ingested_at = now(), error_count = 0, warning_count = :warnings,
                    superseded_by = newer.id, is_current = newer.id IS NULL
                FROM (SELECT (SELECT c.id FROM submission c, submission me
                               WHERE me.id = :id AND c.is_current AND c.agency_code = me.agency_code
                                 AND c.year = me.year AND c.period = me.period AND c.id <> me.id) AS id) newer
                WHERE s.id = :id""").param("warnings", warnings).param("id", id).update();
    }

    /** Records where the original went and its feedback (null when the feedback could not be written). */
    /**
     * Lets the current transaction commit without waiting for its WAL flush (PostgreSQL's asynchronous commit, this
     * transaction only). Only for bookkeeping that a crash may lose because the next run redoes it: where a decided
     * file went and what a run's file became (a decided file without them is finished again, see
     * {@link SubmissionFinisher}). Never for the decision itself, which must be on disk before its file moves. WAL is
     * written in order, so a later durable commit carries every earlier one. Saves two of a file's three flushes
     * (issue 10: 1.5 ms each here).
     */
    void relaxCommit() {
        jdbc.sql("SET LOCAL synchronous_commit = off").update();
    }

    void recordFiles(long id, String storedPath, String feedbackPath) {
        jdbc.sql("UPDATE submission SET stored_path = ?, feedback_path = ? WHERE id = ?")
                .params(storedPath, feedbackPath, id).update();
    }

    void recordFeedback(long id, String feedbackPath) {
        jdbc.sql("UPDATE submission SET feedback_path = ? WHERE id = ?").params(feedbackPath, id).update();
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

    /**
     * What the database already knows of a file's bytes.
     *
     * @param storedPath where its original was moved, relative to the input folder; null until then
     */
    record KnownSubmission(long id, String sha256, String fileName, String status, String agencyCode, Integer year,
                           String period, String storedPath) {

        boolean accepted() {
            return "ACCEPTED".equals(status);
        }

        boolean decided() {
            return !"LOADING".equals(status);
        }

        /** Decided, its original moved and recorded: nothing is left to do for these bytes. */
        boolean finished() {
            return decided() && storedPath != null;
        }
    }
}
