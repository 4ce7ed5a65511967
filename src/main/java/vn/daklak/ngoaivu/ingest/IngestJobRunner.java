package vn.daklak.ngoaivu.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Starts a run's job execution, or restarts the execution of an earlier run that left files open (a failed file, a
 * dead worker, a crash): Spring Batch then runs only the partitions that did not complete.
 */
@Component
class IngestJobRunner {

    private static final Logger log = LoggerFactory.getLogger(IngestJobRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job ingestRunJob;
    private final RunFiles runFiles;

    IngestJobRunner(JobOperator jobOperator, JobRepository jobRepository, Job ingestRunJob, RunFiles runFiles) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.ingestRunJob = ingestRunJob;
        this.runFiles = runFiles;
    }

    /**
     * What became of a run's files: their outcomes, and the lines of files a stop left for the next run ("name:
     * why"), which are no failure.
     */
    record Taken(List<FileOutcome> outcomes, List<String> left) {
    }

    /** Restarts every earlier run with files left open; returns what became of the files they took this time. */
    Taken restartOpenRuns(long currentRun, Path input, Path output) {
        List<FileOutcome> outcomes = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (long run : runFiles.runsLeftOpen()) {
            JobExecution execution = run == currentRun ? null : restartOrStart(run, input, output);
            if (execution != null) {
                Taken taken = taken(run, execution);
                outcomes.addAll(taken.outcomes());
                left.addAll(taken.left());
            }
        }
        return new Taken(outcomes, left);
    }

    /** Runs the job over the files planned for {@code run}; returns what became of them. */
    Taken run(long run, Path input, Path output) {
        return taken(run, start(parameters(run, input, output)));
    }

    /**
     * After a stop the files no partition reached are left for the next run (which restarts this one for them); after
     * a failure (a worker died, the wait ran out) they are said as failures.
     */
    private Taken taken(long run, JobExecution execution) {
        List<FileOutcome> outcomes = new ArrayList<>(runFiles.outcomes(execution.getId()));
        BatchStatus status = execution.getStatus();
        if (status == BatchStatus.STOPPED || status == BatchStatus.STOPPING) {
            return new Taken(outcomes, runFiles.untakenNames(run).stream()
                    .map(name -> name + ": " + RunFiles.STOPPED_LEFT).toList());
        }
        if (status != BatchStatus.COMPLETED) {
            outcomes.addAll(runFiles.untaken(run));
        }
        return new Taken(outcomes, List.of());
    }

    private JobExecution restartOrStart(long run, Path input, Path output) {
        JobParameters identity = new JobParametersBuilder().addLong(IngestJobConfig.RUN, run).toJobParameters();
        JobExecution last = jobRepository.getLastJobExecution(IngestJobConfig.JOB_NAME, identity);
        if (last == null) {
            // planned, then the process died before the job started
            return start(parameters(run, input, output));
        }
        if (last.getStatus() == BatchStatus.COMPLETED) {
            log.warn("Lần nạp #{} đã hoàn tất nhưng còn tệp chưa xong; các tệp đó sẽ được nạp ở lần chạy mới", run);
            runFiles.release(run);
            return null;
        }
        log.info("Chạy lại lần nạp #{} (trạng thái {}): chỉ các phần việc chưa xong", run, last.getStatus());
        failAbandonedPartitions(last.getId());
        try {
            return jobOperator.restart(last);
        } catch (Exception e) {
            throw new IllegalStateException("Không chạy lại được lần nạp #" + run + ": " + e.getMessage(), e);
        }
    }

    /**
     * A partition still marked running in a failed execution was abandoned: its worker died, or the manager stopped
     * waiting for it. Marked failed, it is taken again by the restart (files already finished are not).
     */
    private void failAbandonedPartitions(long executionId) {
        for (StepExecution step : jobRepository.getJobExecution(executionId).getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                log.warn("Phần việc {} của lần nạp trước bị bỏ dở (tiến trình phụ dừng); đánh dấu thất bại để chạy lại",
                        step.getStepName());
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("bị bỏ dở; được chạy lại"));
                step.setEndTime(LocalDateTime.now());
                jobRepository.update(step);
            }
        }
    }

    private JobExecution start(JobParameters parameters) {
        try {
            JobExecution execution = jobOperator.start(ingestRunJob, parameters);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                log.warn("Lần nạp #{} kết thúc với trạng thái {}", parameters.getLong(IngestJobConfig.RUN),
                        execution.getStatus());
            }
            return execution;
        } catch (Exception e) {
            throw new IllegalStateException("Không khởi chạy được việc nạp: " + e.getMessage(), e);
        }
    }

    private static JobParameters parameters(long run, Path input, Path output) {
        return new JobParametersBuilder()
                .addLong(IngestJobConfig.RUN, run, true)
                .addString(IngestJobConfig.INPUT, input.toAbsolutePath().toString(), false)
                .addString(IngestJobConfig.OUTPUT, output.toAbsolutePath().toString(), false)
                .toJobParameters();
    }
}
