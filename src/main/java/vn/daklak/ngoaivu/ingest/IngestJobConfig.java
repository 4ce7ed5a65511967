package vn.daklak.ngoaivu.ingest;

import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import vn.daklak.ngoaivu.format.SheetKind;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.reference.ReferenceService;
import vn.daklak.ngoaivu.report.PendingReports;

/**
 * The ingest job: one execution per file, identified by the SHA-256 of its bytes (no incrementer), so the same bytes
 * are never loaded twice and a failed file is restarted by launching it again. Steps: inspect the file, load each
 * table sheet in chunks, decide (accept and supersede, or reject). Every step re-runs on a restart because a failed
 * attempt is discarded whole ({@link DiscardFailedAttempt}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
class IngestJobConfig {

    static final String JOB_NAME = "ingestFileJob";
    static final String SHA256 = "sha256";
    static final String PATH = "path";
    static final String FILE_NAME = "fileName";
    static final String RECEIVED_AT = "receivedAt";

    private static final String JOB_PATH = "#{jobParameters['path']}";
    private static final String READABLE = "#{jobExecutionContext['rowsReadable']}";
    private static final String YEAR = "#{jobExecutionContext['year']}";
    private static final String PERIOD = "#{jobExecutionContext['period']}";
    private static final String AGENCY = "#{jobExecutionContext['agencyCode']}";
    private static final String SUBMISSION = "#{jobExecutionContext['submissionId']}";

    @Bean
    Job ingestFileJob(JobRepository repository, Step inspectSubmissionStep, Step loadTasksStep, Step loadEventsStep,
                      Step loadSpendingStep, Step decideSubmissionStep, SubmissionStore store) {
        return new JobBuilder(JOB_NAME, repository)
                .listener(new DiscardFailedAttempt(store))
                .start(inspectSubmissionStep)
                .next(loadTasksStep)
                .next(loadEventsStep)
                .next(loadSpendingStep)
                .next(decideSubmissionStep)
                .build();
    }

    @Bean
    Step inspectSubmissionStep(JobRepository repository, PlatformTransactionManager tm, SubmissionStore store,
                               ReferenceService reference) {
        return new StepBuilder("inspectSubmissionStep", repository)
                .tasklet(new InspectSubmissionTasklet(store, reference), tm).allowStartIfComplete(true).build();
    }

    @Bean
    Step decideSubmissionStep(JobRepository repository, PlatformTransactionManager tm, SubmissionStore store,
                              PendingReports pending) {
        return new StepBuilder("decideSubmissionStep", repository)
                .tasklet(new DecideSubmissionTasklet(store, pending), tm).allowStartIfComplete(true).build();
    }

    @Bean
    Step loadTasksStep(JobRepository repository, PlatformTransactionManager tm, IngestProperties properties,
                       SheetRowReader taskRowReader, SheetRowProcessor<TaskRow> taskRowProcessor,
                       LoadedRowWriter<TaskRow> taskRowWriter) {
        return loadStep("loadTasksStep", repository, tm, properties, taskRowReader, taskRowProcessor, taskRowWriter);
    }

    @Bean
    Step loadEventsStep(JobRepository repository, PlatformTransactionManager tm, IngestProperties properties,
                        SheetRowReader eventRowReader, SheetRowProcessor<EventRow> eventRowProcessor,
                        LoadedRowWriter<EventRow> eventRowWriter) {
        return loadStep("loadEventsStep", repository, tm, properties, eventRowReader, eventRowProcessor, eventRowWriter);
    }

    @Bean
    Step loadSpendingStep(JobRepository repository, PlatformTransactionManager tm, IngestProperties properties,
                          SheetRowReader spendingRowReader, SheetRowProcessor<SpendingRow> spendingRowProcessor,
                          LoadedRowWriter<SpendingRow> spendingRowWriter) {
        return loadStep("loadSpendingStep", repository, tm, properties, spendingRowReader, spendingRowProcessor,
                spendingRowWriter);
    }

    /** A chunked step loading one table sheet; it re-runs on a restart like every step of this job. */
    private static <T> Step loadStep(String name, JobRepository repository, PlatformTransactionManager tm,
                                     IngestProperties properties, SheetRowReader reader,
                                     SheetRowProcessor<T> processor, LoadedRowWriter<T> writer) {
        return new StepBuilder(name, repository)
                .<PositionedRow, LoadedRow<T>>chunk(properties.chunkSize()).transactionManager(tm)
                .reader(reader).processor(processor).writer(writer)
                .allowStartIfComplete(true).build();
    }

    @Bean
    @StepScope
    SheetRowReader taskRowReader(@Value(JOB_PATH) String path, @Value(READABLE) Boolean readable) {
        return new SheetRowReader(Path.of(path), SheetKind.TASKS, Boolean.TRUE.equals(readable));
    }

    @Bean
    @StepScope
    SheetRowReader eventRowReader(@Value(JOB_PATH) String path, @Value(READABLE) Boolean readable) {
        return new SheetRowReader(Path.of(path), SheetKind.EVENTS, Boolean.TRUE.equals(readable));
    }

    @Bean
    @StepScope
    SheetRowReader spendingRowReader(@Value(JOB_PATH) String path, @Value(READABLE) Boolean readable) {
        return new SheetRowReader(Path.of(path), SheetKind.SPENDING, Boolean.TRUE.equals(readable));
    }

    @Bean
    @StepScope
    SheetRowProcessor<TaskRow> taskRowProcessor(@Value(YEAR) Integer year, @Value(PERIOD) String period,
                                                @Value(AGENCY) String agency, ReferenceService reference) {
        return processor(RowTable.TASKS, year, period, agency, reference);
    }

    @Bean
    @StepScope
    SheetRowProcessor<EventRow> eventRowProcessor(@Value(YEAR) Integer year, @Value(PERIOD) String period,
                                                  @Value(AGENCY) String agency, ReferenceService reference) {
        return processor(RowTable.EVENTS, year, period, agency, reference);
    }

    @Bean
    @StepScope
    SheetRowProcessor<SpendingRow> spendingRowProcessor(@Value(YEAR) Integer year, @Value(PERIOD) String period,
                                                        @Value(AGENCY) String agency, ReferenceService reference) {
        return processor(RowTable.SPENDING, year, period, agency, reference);
    }

    @Bean
    @StepScope
    LoadedRowWriter<TaskRow> taskRowWriter(@Value(SUBMISSION) Long id, RowCopier copier, SubmissionStore store) {
        return new LoadedRowWriter<>(RowTable.TASKS, id, copier, store);
    }

    @Bean
    @StepScope
    LoadedRowWriter<EventRow> eventRowWriter(@Value(SUBMISSION) Long id, RowCopier copier, SubmissionStore store) {
        return new LoadedRowWriter<>(RowTable.EVENTS, id, copier, store);
    }

    @Bean
    @StepScope
    LoadedRowWriter<SpendingRow> spendingRowWriter(@Value(SUBMISSION) Long id, RowCopier copier, SubmissionStore store) {
        return new LoadedRowWriter<>(RowTable.SPENDING, id, copier, store);
    }

    private static <T> SheetRowProcessor<T> processor(RowTable<T> table, Integer year, String period, String agency,
                                                      ReferenceService reference) {
        return new SheetRowProcessor<>(table, year == null ? 0 : year, period == null ? null : Period.valueOf(period),
                agency, reference.current());
    }
}
