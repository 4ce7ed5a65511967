package vn.daklak.ngoaivu.ingest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.daklak.ngoaivu.ingest.FileOutcome.Outcome;

/** The pipeline_run log that {@code status} and the dashboard show: one row per ingest, always finished. */
@Repository
class PipelineRuns {

    private final JdbcClient jdbc;

    PipelineRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(String command) {
        return jdbc.sql("INSERT INTO pipeline_run (command) VALUES (?) RETURNING id").param(command)
                .query(Long.class).single();
    }

    void finish(long id, IngestReport report) {
        jdbc.sql("""
                UPDATE pipeline_run SET finished_at = now(), files = ?, accepted = ?, rejected = ?, duplicates = ?,
                    failed = ?, outcome = ? WHERE id = ?""")
                .params(report.files().size(), report.count(Outcome.ACCEPTED), report.count(Outcome.REJECTED),
                        report.count(Outcome.DUPLICATE), report.count(Outcome.FAILED), report.countsLine(), id)
                .update();
    }

    /** Records the end of a run that failed midway, so it never shows as still running. */
    void fail(long id, Throwable cause) {
        jdbc.sql("UPDATE pipeline_run SET finished_at = now(), outcome = ? WHERE id = ?")
                .params("thất bại: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()),
                        id).update();
    }

    /** Closes the runs a dead process left open (only while holding the run lock); returns how many. */
    int closeInterrupted() {
        return jdbc.sql("UPDATE pipeline_run SET finished_at = now(), outcome = ? WHERE finished_at IS NULL")
                .param("bị ngắt giữa chừng: tiến trình dừng đột ngột (mất điện, bị buộc dừng)").update();
    }
}
