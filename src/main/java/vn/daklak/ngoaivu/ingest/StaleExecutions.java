package vn.daklak.ngoaivu.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Executions of the ingest job that a dead process (power cut, kill) left marked as running. Only the holder of the
 * {@link RunLock} may call {@link #recover()}: then no other process can be running, so every such execution is dead.
 * Each is marked failed and whatever its committed chunks wrote is discarded, as for any failed attempt; its file is
 * still in the inbox and is taken again like any other.
 */
@Component
class StaleExecutions {

    private static final Logger log = LoggerFactory.getLogger(StaleExecutions.class);

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final SubmissionStore store;

    StaleExecutions(JobRepository jobRepository, JobOperator jobOperator, SubmissionStore store) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.store = store;
    }

    /** Recovers every execution of the ingest job still marked running; returns how many. */
    int recover() {
        int recovered = 0;
        for (JobExecution stale : jobRepository.findRunningJobExecutions(IngestJobConfig.JOB_NAME)) {
            log.warn("Lần nạp {} (bắt đầu {}) bị ngắt giữa chừng ở lần chạy trước; đánh dấu thất bại để nạp lại.",
                    stale.getJobParameters().getString(IngestJobConfig.FILE_NAME), stale.getStartTime());
            jobOperator.recover(stale);
            if (stale.getExecutionContext().containsKey(InspectSubmissionTasklet.SUBMISSION_ID)) {
                store.discard(stale.getExecutionContext().getLong(InspectSubmissionTasklet.SUBMISSION_ID));
            }
            recovered++;
        }
        return recovered;
    }
}
