package vn.daklak.ngoaivu.dashboard.pages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.support.FailedRun;
import vn.daklak.ngoaivu.support.VietnamTime;

/** The pipeline's runs (table {@code pipeline_run}), newest first, times in Vietnam time. */
@ServletOnly
@Component
class RunHistory {

    private static final String SELECT = """
            SELECT id, command, started_at AT TIME ZONE :zone AS started_at,
                   finished_at AT TIME ZONE :zone AS finished_at,
                   files, accepted, rejected, duplicates, failed, outcome, data_rows, left_for_later, summary
              FROM pipeline_run""";

    private final JdbcClient jdbc;

    RunHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One run; {@code finishedAt} and {@code outcome} are null while it runs (or when it died). */
    record Run(long id, String command, LocalDateTime startedAt, LocalDateTime finishedAt, int files, int accepted,
               int rejected, int duplicates, int failed, String outcome, long rows, int leftForLater, String summary) {

        /**
         * Whether running again may finish what this run left: a file failed, or the run stopped midway. A run with
         * no end is either still running or died; the single-run lock refuses a restart in the first case.
         */
        public boolean restartable() {
            return failed > 0 || finishedAt == null || FailedRun.stoppedByError(outcome);
        }

        /** Whole seconds from start to end, or null when it has not ended. */
        public Long seconds() {
            return finishedAt == null ? null : java.time.Duration.between(startedAt, finishedAt).toSeconds();
        }
    }

    /** One run by its id; empty when there is none. */
    Optional<Run> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("zone", VietnamTime.ZONE.getId()).param("id", id)
                .query(RunHistory::run).optional();
    }

    List<Run> latest(int limit) {
        return jdbc.sql(SELECT + " ORDER BY id DESC LIMIT :limit").param("zone", VietnamTime.ZONE.getId())
                .param("limit", limit).query(RunHistory::run).list();
    }

    private static Run run(ResultSet rs, int row) throws SQLException {
        return new Run(rs.getLong("id"), rs.getString("command"), rs.getObject("started_at", LocalDateTime.class),
                rs.getObject("finished_at", LocalDateTime.class), rs.getInt("files"), rs.getInt("accepted"),
                rs.getInt("rejected"), rs.getInt("duplicates"), rs.getInt("failed"), rs.getString("outcome"),
                rs.getLong("data_rows"), rs.getInt("left_for_later"), rs.getString("summary"));
    }

    /** The latest finished run that read at least one file: "what changed since the previous run". */
    Optional<Run> lastWithFiles() {
        return latest(50).stream().filter(r -> r.finishedAt() != null && r.files() > 0).findFirst();
    }
}
