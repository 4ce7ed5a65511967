package vn.daklak.ngoaivu.ingest;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daklak.ngoaivu.ingest.FileOutcome.Outcome;

/**
 * The ingest_file table: which files a run planned, in which partition, and what became of each. It is the work list
 * of the partitions (local threads and remote workers read it alike) and what makes a restart take again only the
 * files left open.
 */
@Repository
class RunFiles {

    static final String UNTAKEN = "chưa được xử lý xong vì phần việc chứa tệp bị gián đoạn (một tiến trình phụ dừng"
            + " hoặc hết thời gian chờ); lần chạy sau sẽ nạp tiếp, tệp vẫn nằm trong inbox.";

    /** Files a stop (SIGTERM, Ctrl+C) left unstarted: not a failure, the next run takes them. */
    static final String STOPPED_LEFT = "chưa được xử lý vì lần chạy dừng theo yêu cầu; để lại cho lần chạy sau (tệp vẫn"
            + " nằm trong inbox).";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final SubmissionStore store;
    private final TransactionTemplate transaction;

    RunFiles(JdbcClient jdbc, JdbcTemplate batch, SubmissionStore store, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
    }

    void plan(List<PlannedFile> files) {
        batch.batchUpdate("""
                INSERT INTO ingest_file (run_id, partition_no, seq, path, file_name, sha256, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", files.stream().map(f -> new Object[] {f.runId(), f.partition(),
                f.seq(), f.path().toAbsolutePath().toString(), f.name(), f.sha256(), Timestamp.from(f.receivedAt())})
                .toList());
    }

    /** The files of a partition still to take: never finished, or failed and to retry, in arrival order. */
    List<PlannedFile> open(long runId, int partition) {
        return jdbc.sql("""
                SELECT * FROM ingest_file WHERE run_id = ? AND partition_no = ? AND (outcome IS NULL OR retry)
                ORDER BY seq""").params(runId, partition).query(RunFiles::planned).list();
    }

    /** Runs with files left open: their job execution is restarted before anything new is planned. */
    List<Long> runsLeftOpen() {
        return jdbc.sql("""
                SELECT DISTINCT run_id FROM ingest_file WHERE outcome IS NULL OR retry ORDER BY run_id""")
                .query(Long.class).list();
    }

    /** Hashes of the files still open in earlier runs: a new plan leaves them to those runs' restarts. */
    Set<String> openHashes() {
        return Set.copyOf(jdbc.sql("SELECT sha256 FROM ingest_file WHERE outcome IS NULL OR retry")
                .query(String.class).list());
    }

    /** Records a file's outcome; {@code retry} when it failed and is to be taken again by the run's restart. */
    void record(PlannedFile file, long jobExecutionId, FileOutcome o, boolean retry) {
        // lost in a crash, the restart takes the file again and finds it finished (FileIngestor): no flush to wait for
        transaction.executeWithoutResult(status -> {
            store.relaxCommit();
            update(file, jobExecutionId, o, retry);
        });
    }

    private void update(PlannedFile file, long jobExecutionId, FileOutcome o, boolean retry) {
        jdbc.sql("""
                UPDATE ingest_file SET job_execution_id = ?, outcome = ?, agency_code = ?, year = ?, period = ?,
                    errors = ?, warnings = ?, row_count = ?, message = ?, retry = ?
                WHERE run_id = ? AND seq = ?""")
                .params(jobExecutionId, o.outcome().name(), o.agencyCode(), o.year(), o.period(), o.errors(),
                        o.warnings(), o.rows(), o.message(), retry, file.runId(), file.seq())
                .update();
    }

    /** What the files taken by one job execution became, in arrival order. */
    List<FileOutcome> outcomes(long jobExecutionId) {
        return jdbc.sql("SELECT * FROM ingest_file WHERE job_execution_id = ? ORDER BY seq")
                .param(jobExecutionId)
                .query((rs, n) -> new FileOutcome(rs.getString("file_name"), Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("agency_code"), (Integer) rs.getObject("year"), rs.getString("period"),
                        rs.getInt("errors"), rs.getInt("warnings"), rs.getLong("row_count"), rs.getString("message"),
                        rs.getString("sha256")))
                .list();
    }

    /** Closes the open files of a run that cannot be restarted: a new run plans them again. */
    void release(long runId) {
        jdbc.sql("""
                UPDATE ingest_file SET retry = FALSE, outcome = 'FAILED',
                    message = coalesce(message, 'chưa được xử lý; được nạp ở lần chạy sau')
                WHERE run_id = ? AND (outcome IS NULL OR retry)""").param(runId).update();
    }

    /** Files of a run that no partition took to an outcome (a worker died, the wait ran out), as failures. */
    List<FileOutcome> untaken(long runId) {
        return jdbc.sql("SELECT file_name, sha256 FROM ingest_file WHERE run_id = ? AND outcome IS NULL ORDER BY seq")
                .param(runId).query((rs, n) -> new FileOutcome(rs.getString("file_name"), Outcome.FAILED, null, null,
                        null, 0, 0, 0, UNTAKEN, rs.getString("sha256"))).list();
    }

    /** Names of the files of a run that no partition took to an outcome, in arrival order. */
    List<String> untakenNames(long runId) {
        return jdbc.sql("SELECT file_name FROM ingest_file WHERE run_id = ? AND outcome IS NULL ORDER BY seq")
                .param(runId).query(String.class).list();
    }

    private static PlannedFile planned(ResultSet rs, int row) throws SQLException {
        return new PlannedFile(rs.getLong("run_id"), rs.getInt("partition_no"), rs.getInt("seq"),
                Path.of(rs.getString("path")), rs.getString("file_name"), rs.getString("sha256"),
                rs.getTimestamp("received_at").toInstant());
    }
}
