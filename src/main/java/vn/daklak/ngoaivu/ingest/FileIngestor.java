package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.ingest.FileOutcome.Outcome;
import vn.daklak.ngoaivu.ingest.SubmissionStore.KnownSubmission;
import vn.daklak.ngoaivu.support.FileHashes;

/**
 * Takes one inbox file through the ingest job, then (only once the job has committed) has it moved and answered
 * ({@link SubmissionFinisher}). Bytes decided earlier but never finished (a run died after the commit) are finished
 * now, not loaded again; bytes of a fully finished submission are archived as a duplicate.
 */
@Component
class FileIngestor {

    private static final Logger log = LoggerFactory.getLogger(FileIngestor.class);

    private final JobOperator jobOperator;
    private final Job ingestFileJob;
    private final SubmissionStore store;
    private final SubmissionFinisher finisher;

    FileIngestor(JobOperator jobOperator, Job ingestFileJob, SubmissionStore store, SubmissionFinisher finisher) {
        this.jobOperator = jobOperator;
        this.ingestFileJob = ingestFileJob;
        this.store = store;
        this.finisher = finisher;
    }

    FileOutcome ingest(InboxFile file, Path inputRoot, Path outputRoot) throws IOException {
        String sha = FileHashes.sha256(file.path());
        Optional<KnownSubmission> known = store.findBySha(sha).filter(KnownSubmission::decided);
        if (known.isPresent() && known.get().finished()) {
            Path to = new FileMover(inputRoot).duplicate(file, sha);
            KnownSubmission k = known.get();
            return new FileOutcome(file.name(), Outcome.DUPLICATE, k.agencyCode(), k.year(), k.period(), 0, 0, 0,
                    "trùng nội dung với tệp đã nhận trước đó, đã lưu vào " + inputRoot.relativize(to), sha);
        }
        if (known.isPresent()) {
            log.info("Hoàn tất {} (đã quyết định ở lần chạy trước nhưng chưa được chuyển đi)", file.name());
            return finisher.finish(known.get(), file, inputRoot, outputRoot);
        }
        JobExecution execution = launch(file, sha);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            Throwable why = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            log.error("Xử lý {} thất bại: {}", file.name(), execution.getExitStatus().getExitDescription(), why);
            return new FileOutcome(file.name(), Outcome.FAILED, null, null, null, 0, 0, 0, Messages.FAILED_LEFT, sha);
        }
        return finisher.finish(store.findBySha(sha).orElseThrow(), file, inputRoot, outputRoot);
    }

    private JobExecution launch(InboxFile file, String sha) {
        JobParameters parameters = new JobParametersBuilder()
                .addString(IngestJobConfig.SHA256, sha, true)
                .addString(IngestJobConfig.PATH, file.path().toAbsolutePath().toString(), false)
                .addString(IngestJobConfig.FILE_NAME, file.name(), false)
                .addLong(IngestJobConfig.RECEIVED_AT, arrival(file).toEpochMilli(), false)
                .toJobParameters();
        try {
            // Executions a dead run left running were recovered when this run took the lock (StaleExecutions).
            return jobOperator.start(ingestFileJob, parameters);
        } catch (Exception e) {
            throw new IllegalStateException("Không khởi chạy được việc nạp tệp " + file.name() + ": " + e.getMessage(), e);
        }
    }

    /** Arrival is when the file was first seen, now, or its modification time when older (a clock ahead never counts). */
    private static Instant arrival(InboxFile file) {
        Instant now = Instant.now();
        return file.modified().isBefore(now) ? file.modified() : now;
    }
}
