package vn.daklak.ngoaivu.ingest;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** All or nothing per file: when a file's job fails midway, whatever its committed chunks wrote is removed. */
class DiscardFailedAttempt implements JobExecutionListener {

    private final SubmissionStore store;

    DiscardFailedAttempt(SubmissionStore store) {
        this.store = store;
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED
                && execution.getExecutionContext().containsKey(InspectSubmissionTasklet.SUBMISSION_ID)) {
            store.discard(execution.getExecutionContext().getLong(InspectSubmissionTasklet.SUBMISSION_ID));
        }
    }
}
