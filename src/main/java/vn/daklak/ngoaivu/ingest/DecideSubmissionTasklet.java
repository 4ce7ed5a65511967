package vn.daklak.ngoaivu.ingest;

import java.util.List;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.daklak.ngoaivu.format.Severity;
import vn.daklak.ngoaivu.report.PendingReports;

/**
 * Last step of a file, in one transaction: any error rejects the file as a whole (its rows go, its problems stay), and
 * so does a file without any data row ({@link EmptySubmission}); otherwise it is accepted and supersedes the earlier version of the same agency, year and period (if it is the newer
 * one). The period's reports are marked to be rebuilt in the same transaction.
 */
class DecideSubmissionTasklet implements Tasklet {

    private final SubmissionStore store;
    private final PendingReports pending;

    DecideSubmissionTasklet(SubmissionStore store, PendingReports pending) {
        this.store = store;
        this.pending = pending;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        long id = chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .getLong(InspectSubmissionTasklet.SUBMISSION_ID);
        int errors = store.countProblems(id, Severity.ERROR);
        if (EmptySubmission.isEmpty(errors, store.countRows(id))) {
            store.addProblems(id, List.of(EmptySubmission.PROBLEM));
            errors = 1;
        }
        int warnings = store.countProblems(id, Severity.WARNING);
        if (errors > 0) {
            store.reject(id, errors, warnings);
            contribution.setExitStatus(new ExitStatus("REJECTED"));
        } else {
            store.accept(id, warnings);
            contribution.setExitStatus(new ExitStatus("ACCEPTED"));
        }
        pending.markPeriodOf(id);
        return RepeatStatus.FINISHED;
    }
}
