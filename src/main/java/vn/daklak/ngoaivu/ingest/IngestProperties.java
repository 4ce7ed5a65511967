package vn.daklak.ngoaivu.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ingest settings.
 *
 * @param settleSeconds       a file modified less than this many seconds ago may still be being written: left for the
 *                            next run
 * @param chunkSize           rows per COPY while loading a sheet (all of a file's rows commit together)
 * @param threads             files ingested at the same time on this machine; 0 means one per core
 * @param partitions          partitions a run's files are split into; 0 means one per thread (with remote
 *                            partitioning, give several per worker so a dead worker costs little)
 * @param remotePartitioning  hand the partitions to {@code worker} processes over RabbitMQ instead of local threads
 * @param remote              the queue and waiting settings of remote partitioning
 */
@ConfigurationProperties("ngvh.ingest")
public record IngestProperties(@DefaultValue("30") int settleSeconds, @DefaultValue("1000") int chunkSize,
                               @DefaultValue("0") int threads, @DefaultValue("0") int partitions,
                               @DefaultValue("false") boolean remotePartitioning,
                               @DefaultValue Remote remote) {

    /** Threads actually used: {@link #threads} or, when 0, the machine's cores. */
    int poolSize() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** Partitions per run: {@link #partitions} or, when 0, one per thread. */
    int gridSize() {
        return partitions > 0 ? partitions : poolSize();
    }

    /**
     * @param requests        the queue partitions are sent on (one per installation, shared by all its workers);
     *                        workers report through the shared job repository, which the manager polls
     * @param timeoutSeconds  how long the manager waits for all partitions before failing the run (a dead worker's
     *                        partition then waits for the restart)
     * @param pollSeconds     how often the manager looks in the job repository for finished partitions
     */
    public record Remote(@DefaultValue("ngvh.ingest.partitions") String requests,
                         @DefaultValue("3600") long timeoutSeconds, @DefaultValue("2") long pollSeconds) {
    }
}
