package vn.daklak.ngoaivu.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.daklak.ngoaivu.ingest.FileOutcome.Outcome;

/**
 * The worker step of the ingest: takes the open files of its partition one after the other, in arrival order, each in
 * its own transaction ({@link FileIngestor}), and records each outcome in ingest_file. The job repository sees one
 * step execution per partition, not per file. One bad file never stops the others; when some failed and are still in
 * the inbox the partition ends FAILED, so the run's restart takes again exactly those files.
 */
class IngestPartitionTasklet implements Tasklet {

    static final String PARTITION = "partition";

    private final RunFiles runFiles;
    private final FileIngestor ingestor;
    private final FileProgress progress;

    IngestPartitionTasklet(RunFiles runFiles, FileIngestor ingestor, FileProgress progress) {
        this.runFiles = runFiles;
        this.ingestor = ingestor;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        StepExecution step = chunk.getStepContext().getStepExecution();
        JobParameters parameters = step.getJobParameters();
        long runId = parameters.getLong(IngestJobConfig.RUN);
        Path input = Path.of(parameters.getString(IngestJobConfig.INPUT));
        Path output = Path.of(parameters.getString(IngestJobConfig.OUTPUT));
        int failed = 0;
        for (PlannedFile file : runFiles.open(runId, step.getExecutionContext().getInt(PARTITION))) {
            if (step.isTerminateOnly()) {
                break;   // a stop was asked for: the file boundary is the safe point; the rest stay open for the next run
            }
            FileOutcome outcome = ingestor.ingest(file, input, output);
            boolean retry = outcome.outcome() == Outcome.FAILED && Files.exists(file.path());
            runFiles.record(file, step.getJobExecutionId(), outcome, retry);
            progress.finished(file, outcome);
            contribution.incrementReadCount();
            if (retry) {
                failed++;
            } else {
                contribution.incrementWriteCount(1);
            }
        }
        if (failed > 0) {
            throw new PartitionFilesFailed(failed);
        }
        return RepeatStatus.FINISHED;
    }

    /** Some files of the partition failed; their causes are in the log, file by file. */
    static final class PartitionFilesFailed extends RuntimeException {
        PartitionFilesFailed(int count) {
            super(count + " tệp của phần việc này xử lý thất bại; lần chạy lại sẽ nạp lại các tệp đó");
        }
    }
}
