package vn.daklak.ngoaivu.dashboard.pages;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.dashboard.ServletOnly;

/**
 * How many files a run accepted that replaced a version the agency had sent before: the "superseded" part of "what
 * changed since the previous run". The overview's template asks it as {@code @runReplacements}.
 */
@ServletOnly
@Component("runReplacements")
class RunReplacements {

    private final JdbcClient jdbc;
    private final FiguresCache figures;

    RunReplacements(JdbcClient jdbc, FiguresCache figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    public long count(long runId) {
        // a finished run never changes, and a new accepted file makes a new data version: cache per version and run
        return figures.derived(List.of("replacements", runId), () -> jdbc.sql("""
                SELECT count(*) FROM pipeline_run_file f JOIN submission s ON s.sha256 = f.sha256
                 WHERE f.run_id = ? AND f.outcome = 'ACCEPTED'
                   AND EXISTS (SELECT 1 FROM submission o WHERE o.superseded_by = s.id)""")
                .param(runId).query(Long.class).single());
    }
}
