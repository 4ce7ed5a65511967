package vn.daklak.ngoaivu.ops;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.support.FailedRun;

/** The rows of the runs table the health checks read; ages are the database's own {@code now()} less a time. */
final class RunRecords {

    /** A run, its age in seconds (from its end, or its start while it has none) and whether it succeeded. */
    record Run(long id, String command, OffsetDateTime startedAt, OffsetDateTime finishedAt, String outcome,
               String summary, int failedFiles, long ageSeconds) {

        boolean finished() {
            return finishedAt != null;
        }

        /** Ended, every file decided, and not stopped by an error ({@link FailedRun}). */
        boolean succeeded() {
            return finished() && failedFiles == 0 && !FailedRun.stoppedByError(outcome);
        }
    }

    private static final String SELECT = """
            SELECT id, command, started_at, finished_at, outcome, summary, failed,
                   floor(EXTRACT(EPOCH FROM now() - coalesce(finished_at, started_at)))::bigint AS age
              FROM pipeline_run""";

    /** A finished run succeeded (see {@link Run#succeeded()}). */
    private static final String SUCCEEDED = " WHERE finished_at IS NOT NULL AND failed = 0"
            + " AND (outcome IS NULL OR outcome NOT LIKE :failed)";

    private final JdbcClient jdbc;

    RunRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Run> latest() {
        return jdbc.sql(SELECT + " ORDER BY id DESC LIMIT 1").query(RunRecords::run).optional();
    }

    Optional<Run> latestSuccessful() {
        return jdbc.sql(SELECT + SUCCEEDED + " ORDER BY finished_at DESC LIMIT 1")
                .param("failed", FailedRun.likePattern()).query(RunRecords::run).optional();
    }

    /** Seconds since the first run ever started: how long the installation has waited for a success. */
    Optional<Long> secondsSinceFirstRun() {
        return jdbc.sql("SELECT floor(EXTRACT(EPOCH FROM now() - min(started_at)))::bigint FROM pipeline_run")
                .query(Long.class).list().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    private static Run run(ResultSet rs, int row) throws SQLException {
        return new Run(rs.getLong("id"), rs.getString("command"), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class), rs.getString("outcome"), rs.getString("summary"),
                rs.getInt("failed"), rs.getLong("age"));
    }
}
