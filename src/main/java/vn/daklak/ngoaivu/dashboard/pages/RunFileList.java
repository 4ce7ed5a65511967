package vn.daklak.ngoaivu.dashboard.pages;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.dashboard.ServletOnly;

/** What became of each file of one run (table {@code pipeline_run_file}), in the order the run took them. */
@ServletOnly
@Component
class RunFileList {

    private final JdbcClient jdbc;

    RunFileList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One file of a run; {@code period} is H1 or YEAR, {@code outcome} ACCEPTED, REJECTED, DUPLICATE or FAILED (the
     * page names them through the message bundle).
     */
    record RunFile(int position, String fileName, String sha256, String agencyCode, Integer year, String period,
                   String outcome, int errors, int warnings, long rows, String message) {
    }

    List<RunFile> of(long runId) {
        return jdbc.sql("""
                SELECT position, file_name, sha256, agency_code, year, period, outcome, errors, warnings, data_rows,
                       message
                  FROM pipeline_run_file WHERE run_id = ? ORDER BY position""").param(runId)
                .query((rs, n) -> new RunFile(rs.getInt("position"), rs.getString("file_name"),
                        rs.getString("sha256"), rs.getString("agency_code"), (Integer) rs.getObject("year"),
                        rs.getString("period"), rs.getString("outcome"), rs.getInt("errors"), rs.getInt("warnings"),
                        rs.getLong("data_rows"), rs.getString("message")))
                .list();
    }
}
