package vn.daklak.ngoaivu.ingest;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The ingest job: ONE execution per run ({@code ingestRunJob}, identified by the run's id), whose work is the
 * partitioned step {@code ingestInboxStep}: the run's files are split into partitions ({@link RunPlanner}), each
 * taken by the worker step {@code ingestPartitionStep} on a pool of {@code ngvh.ingest.threads} threads or, with
 * {@code ngvh.ingest.remote-partitioning=true}, by {@code worker} processes ({@link RemotePartitioningConfig}).
 * A failed run is restarted as such: only its partitions that did not complete run again, and in them only the files
 * left open.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
class IngestJobConfig {

    static final String JOB_NAME = "ingestRunJob";
    static final String MANAGER_STEP = "ingestInboxStep";
    static final String WORKER_STEP = "ingestPartitionStep";
    /** Job parameters: the run's id (identifying), the input and output folders (shared by every worker). */
    static final String RUN = "run";
    static final String INPUT = "input";
    static final String OUTPUT = "output";

    @Bean
    Job ingestRunJob(JobRepository repository, Step ingestInboxStep) {
        return new JobBuilder(JOB_NAME, repository).start(ingestInboxStep).build();
    }

    @Bean
    Step ingestInboxStep(JobRepository repository, PartitionHandler ingestPartitionHandler,
                         IngestProperties properties) {
        return new StepBuilder(MANAGER_STEP, repository)
                .partitioner(WORKER_STEP, new InboxPartitioner())
                .partitionHandler(ingestPartitionHandler)
                .gridSize(properties.gridSize())
                .build();
    }

    /**
     * The files of a partition commit in transactions of their own ({@link FileLoad}); the step's own transaction has
     * nothing to hold, hence the resourceless manager.
     */
    @Bean
    Step ingestPartitionStep(JobRepository repository, RunFiles runFiles, FileIngestor ingestor,
                             FileProgress progress) {
        return new StepBuilder(WORKER_STEP, repository)
                .tasklet(new IngestPartitionTasklet(runFiles, ingestor, progress), new ResourcelessTransactionManager())
                .build();
    }

    /** Local partitions: a thread each, at most {@code threads} at a time (a thread per partition, not per file). */
    @Bean
    @ConditionalOnProperty(name = "ngvh.ingest.remote-partitioning", havingValue = "false", matchIfMissing = true)
    PartitionHandler ingestPartitionHandler(Step ingestPartitionStep, IngestProperties properties) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("nap-tep-");
        threads.setConcurrencyLimit(properties.poolSize());
        threads.setDaemon(true);
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(ingestPartitionStep);
        handler.setTaskExecutor(threads);
        handler.setGridSize(properties.gridSize());
        return handler;
    }
}
