package vn.daklak.ngoaivu.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.daklak.ngoaivu.reference.ReferenceService;

/**
 * First step of a file: registers the submission (LOADING), reads its general information and checks the file as a
 * whole (SUBMISSION-FORMAT 3.7). Tells the load steps, through the job's context, whether there are rows to read.
 */
class InspectSubmissionTasklet implements Tasklet {

    static final String SUBMISSION_ID = "submissionId";
    static final String YEAR = "year";
    static final String PERIOD = "period";
    static final String ROWS_READABLE = "rowsReadable";
    static final String AGENCY_CODE = "agencyCode";

    private final SubmissionStore store;
    private final ReferenceService reference;

    InspectSubmissionTasklet(SubmissionStore store, ReferenceService reference) {
        this.store = store;
        this.reference = reference;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        var params = chunk.getStepContext().getStepExecution().getJobParameters();
        Path file = Path.of(params.getString(IngestJobConfig.PATH));
        long id = store.begin(params.getString(IngestJobConfig.SHA256), params.getString(IngestJobConfig.FILE_NAME),
                Files.size(file), Instant.ofEpochMilli(params.getLong(IngestJobConfig.RECEIVED_AT)));
        Inspection inspection = new SubmissionInspector(reference.current()).inspect(file);
        store.saveHeader(id, inspection.header());
        store.addProblems(id, inspection.problems());
        ExecutionContext job = chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        job.putLong(SUBMISSION_ID, id);
        SubmissionHeader header = inspection.header();
        boolean readable = inspection.rowsReadable();
        job.put(ROWS_READABLE, readable);
        if (readable) {
            job.putInt(YEAR, header.year());
            job.putString(PERIOD, header.period().name());
        }
        if (header.agencyCode() != null) {
            job.putString(AGENCY_CODE, header.agencyCode());
        }
        return RepeatStatus.FINISHED;
    }
}
