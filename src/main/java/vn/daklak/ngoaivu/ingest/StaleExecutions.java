package vn.daklak.ngoaivu.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Executions of the ingest job that a dead process (power cut, kill) left marked as running. Only the holder of the
 * {@link RunLock} may call {@link #recover()}: then no other run can be going on, so every such execution is dead.
 * Each is marked failed ({@link JobOperator#recover}); nothing of a file it was loading was committed (a file is one
 * transaction), and its run's files left open are taken again by the restart ({@link IngestJobRunner}).
 */
@Component
class StaleExecutions {

    private static final Logger log = LoggerFactory.getLogger(StaleExecutions.class);

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;

    StaleExecutions(JobRepository jobRepository, JobOperator jobOperator) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
    }

    /** Recovers every execution of the ingest job still marked running; returns how many. */
    int recover() {
        int recovered = 0;
        for (JobExecution stale : jobRepository.findRunningJobExecutions(IngestJobConfig.JOB_NAME)) {
            log.warn("Lần nạp #{} (bắt đầu {}) bị ngắt giữa chừng ở lần chạy trước; đánh dấu thất bại để chạy lại.",
                    stale.getJobParameters().getLong(IngestJobConfig.RUN), stale.getStartTime());
            jobOperator.recover(stale);
            recovered++;
        }
        return recovered;
    }
}
