package vn.daklak.ngoaivu.ingest;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.format.Severity;
import vn.daklak.ngoaivu.report.PendingReports;

/**
 * The end of a file's load, in its transaction: any error rejects the file as a whole (its rows go, its problems stay),
 * and so does a file without any data row ({@link EmptySubmission}); otherwise it is accepted and supersedes the
 * earlier version of the same agency, year and period (if it is the newer one). The period's reports are marked to be
 * rebuilt in the same transaction.
 * <p>
 * Partitions run in parallel, and the agency and period of a file are only known once it is read: the decision takes
 * a transaction-scoped advisory lock on its (agency, year, period), so two versions of one report never decide at the
 * same time, and the newest file wins whatever the order they finish in ({@link SubmissionStore#accept}).
 */
@Component
class SubmissionDecision {

    private final SubmissionStore store;
    private final PendingReports pending;
    private final JdbcClient jdbc;

    SubmissionDecision(SubmissionStore store, PendingReports pending, JdbcClient jdbc) {
        this.store = store;
        this.pending = pending;
        this.jdbc = jdbc;
    }

    /** Decides submission {@code id}; true when it was accepted. Call inside the file's transaction. */
    boolean decide(long id) {
        int errors = store.countProblems(id, Severity.ERROR);
        if (EmptySubmission.isEmpty(errors, store.countRows(id))) {
            store.addProblems(id, List.of(EmptySubmission.PROBLEM));
            errors = 1;
        }
        int warnings = store.countProblems(id, Severity.WARNING);
        boolean accepted = errors == 0;
        if (accepted) {
            lockReportOf(id);
            store.accept(id, warnings);
        } else {
            store.reject(id, errors, warnings);
        }
        pending.markPeriodOf(id);
        return accepted;
    }

    private void lockReportOf(long id) {
        jdbc.sql("""
                SELECT pg_advisory_xact_lock(hashtext('ngvh-report:' || agency_code || ':' || year || ':' || period))
                FROM submission WHERE id = ? AND agency_code IS NOT NULL AND year IS NOT NULL AND period IS NOT NULL""")
                .param(id).query().listOfRows();
    }
}
