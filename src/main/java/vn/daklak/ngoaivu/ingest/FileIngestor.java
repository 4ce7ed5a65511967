package vn.daklak.ngoaivu.ingest;

import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.ingest.FileOutcome.Outcome;
import vn.daklak.ngoaivu.ingest.SubmissionStore.KnownSubmission;
import vn.daklak.ngoaivu.support.FileHashes;

/**
 * Takes one inbox file through the ingest job, then (only once the job has committed) moves the original and writes
 * the agency's feedback. Same bytes as an earlier file: archived as a duplicate, not loaded again.
 */
@Component
class FileIngestor {

    private static final Logger log = LoggerFactory.getLogger(FileIngestor.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job ingestFileJob;
    private final SubmissionStore store;
    private final FeedbackFiler feedback;

    FileIngestor(JobOperator jobOperator, JobRepository jobRepository, Job ingestFileJob, SubmissionStore store,
                 FeedbackFiler feedback) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.ingestFileJob = ingestFileJob;
        this.store = store;
        this.feedback = feedback;
    }

    FileOutcome ingest(InboxFile file, Path inputRoot, Path outputRoot) throws IOException {
        String sha = FileHashes.sha256(file.path());
        FileMover mover = new FileMover(inputRoot);
        KnownSubmission known = store.findBySha(sha).filter(k -> !"LOADING".equals(k.status())).orElse(null);
        if (known != null) {
            Path to = mover.duplicate(file, sha);
            return new FileOutcome(file.name(), Outcome.DUPLICATE, known.agencyCode(), known.year(), known.period(), 0, 0,
                    0, "trùng nội dung với tệp đã nhận trước đó, đã lưu vào " + inputRoot.relativize(to));
        }
        JobExecution execution = launch(file, sha);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String why = execution.getAllFailureExceptions().stream().findFirst().map(Throwable::getMessage)
                    .orElse(execution.getExitStatus().getExitDescription());
            log.error("Xử lý {} thất bại: {}", file.name(), why);
            return new FileOutcome(file.name(), Outcome.FAILED, null, null, null, 0, 0, 0,
                    "xử lý thất bại, tệp để lại trong inbox để chạy lại (" + why + ")");
        }
        KnownSubmission done = store.findBySha(sha).orElseThrow();
        boolean accepted = "ACCEPTED".equals(done.status());
        Path moved = accepted ? mover.archive(file, sha, done.year(), done.period(), done.agencyCode())
                : mover.reject(file, sha);
        var problems = store.problems(done.id());
        Path feedbackFile = feedback.write(moved, file.name(), done, accepted, problems, outputRoot);
        store.recordFiles(done.id(), inputRoot.relativize(moved).toString(),
                feedbackFile == null ? null : outputRoot.relativize(feedbackFile).toString());
        int errors = (int) problems.stream().filter(Problem::isError).count();
        int warnings = (int) problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
        long rows = accepted ? store.countRows(done.id()) : 0;
        String where = accepted ? "lưu tại " + inputRoot.relativize(moved) : "chuyển vào " + inputRoot.relativize(moved);
        return new FileOutcome(file.name(), accepted ? Outcome.ACCEPTED : Outcome.REJECTED, done.agencyCode(),
                done.year(), done.period(), errors, warnings, rows, where);
    }

    private JobExecution launch(InboxFile file, String sha) {
        JobParameters parameters = new JobParametersBuilder()
                .addString(IngestJobConfig.SHA256, sha, true)
                .addString(IngestJobConfig.PATH, file.path().toAbsolutePath().toString(), false)
                .addString(IngestJobConfig.FILE_NAME, file.name(), false)
                .addLong(IngestJobConfig.RECEIVED_AT, arrival(file).toEpochMilli(), false)
                .toJobParameters();
        try {
            return jobOperator.start(ingestFileJob, parameters);
        } catch (JobExecutionAlreadyRunningException e) {
            // A run that died (power cut, kill) left its execution marked as running: mark it failed, then restart.
            JobExecution stale = jobRepository.getLastJobExecution(IngestJobConfig.JOB_NAME, parameters);
            jobOperator.recover(stale);
            return start(parameters);
        } catch (Exception e) {
            throw new IllegalStateException("Không khởi chạy được việc nạp tệp " + file.name() + ": " + e.getMessage(), e);
        }
    }

    /** Arrival is when the file was first seen, now, or its modification time when older (a clock ahead never counts). */
    private static Instant arrival(InboxFile file) {
        Instant now = Instant.now();
        return file.modified().isBefore(now) ? file.modified() : now;
    }

    private JobExecution start(JobParameters parameters) {
        try {
            return jobOperator.start(ingestFileJob, parameters);
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
