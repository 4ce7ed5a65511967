package vn.daklak.ngoaivu.ingest;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daklak.ngoaivu.ingest.FileOutcome.Outcome;
import vn.daklak.ngoaivu.support.FailedRun;

/**
 * The pipeline_run log that {@code status} and the dashboard show: one row per ingest, always finished, with its
 * summary line and each file's outcome (pipeline_run_file).
 */
@Repository
class PipelineRuns {

    private static final Logger log = LoggerFactory.getLogger(PipelineRuns.class);

    private final JdbcClient jdbc;
    private final RunMetrics metrics;
    private final TransactionTemplate transaction;

    PipelineRuns(JdbcClient jdbc, RunMetrics metrics, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.metrics = metrics;
        this.transaction = new TransactionTemplate(transactions);
    }

    long start(String command) {
        return jdbc.sql("INSERT INTO pipeline_run (command) VALUES (?) RETURNING id").param(command)
                .query(Long.class).single();
    }

    /**
     * Records the run's end, its figures and each file's outcome, logs its summary line and returns it for the
     * console: the line is composed once ({@link IngestReport#summaryLine()}) and every place shows that one.
     */
    String finish(long id, IngestReport report) {
        String summary = report.summaryLine();
        // the run's figures and its file list together: never a finished run with half its files
        transaction.executeWithoutResult(status -> record(id, report, summary));
        log.info(summary);
        metrics.record(report);
        return summary;
    }

    private void record(long id, IngestReport report, String summary) {
        jdbc.sql("""
                UPDATE pipeline_run SET finished_at = now(), files = ?, accepted = ?, rejected = ?, duplicates = ?,
                    failed = ?, outcome = ?, left_for_later = ?, data_rows = ?, duration_ms = ?, summary = ?
                 WHERE id = ?""")
                .params(report.files().size(), report.count(Outcome.ACCEPTED), report.count(Outcome.REJECTED),
                        report.count(Outcome.DUPLICATE), report.count(Outcome.FAILED), report.countsLine(),
                        report.leftInInbox().size(), report.rows(), report.elapsed().toMillis(), summary, id)
                .update();
        recordFiles(id, report.files());
    }

    private void recordFiles(long id, List<FileOutcome> files) {
        int position = 0;
        for (FileOutcome f : files) {
            jdbc.sql("""
                    INSERT INTO pipeline_run_file (run_id, position, file_name, sha256, agency_code, year, period,
                        outcome, errors, warnings, data_rows, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, ++position, f.fileName(), f.sha256(), f.agencyCode(), f.year(), f.period(),
                            f.outcome().name(), f.errors(), f.warnings(), f.rows(), f.message())
                    .update();
        }
    }

    /** Records the end of a run that failed midway, so it never shows as still running. */
    void fail(long id, Throwable cause) {
        jdbc.sql("UPDATE pipeline_run SET finished_at = now(), outcome = ? WHERE id = ?")
                .params(FailedRun.outcome(cause), id).update();
        metrics.failed();
    }

    /** Closes the runs a dead process left open (only while holding the run lock); returns how many. */
    int closeInterrupted() {
        return jdbc.sql("UPDATE pipeline_run SET finished_at = now(), outcome = ? WHERE finished_at IS NULL")
                .param("bị ngắt giữa chừng: tiến trình dừng đột ngột (mất điện, bị buộc dừng)").update();
    }
}
