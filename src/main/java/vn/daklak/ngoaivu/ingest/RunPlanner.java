package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.support.FileHashes;

/**
 * Splits a run's ready files into partitions and records the plan in ingest_file. Files are dealt out in arrival order,
 * one partition after the other, so partitions are even and each takes its files oldest first. Copies of the same bytes
 * go to the partition of the first one: the identity check (SHA-256) of two copies never races. Two versions of one
 * agency's report may sit in different partitions; their decisions are serialized by {@link SubmissionDecision}, and
 * the newest wins whatever the order.
 */
@Component
class RunPlanner {

    private final RunFiles runFiles;
    private final IngestProperties properties;

    RunPlanner(RunFiles runFiles, IngestProperties properties) {
        this.runFiles = runFiles;
        this.properties = properties;
    }

    /** Plans {@code ready} (oldest first) for run {@code runId}, leaving out bytes an open run still holds. */
    List<PlannedFile> plan(long runId, List<InboxFile> ready, Set<String> heldElsewhere) {
        int grid = properties.gridSize();
        Map<String, Integer> partitionOfBytes = new HashMap<>();
        List<PlannedFile> planned = new ArrayList<>();
        int next = 0;
        for (InboxFile file : ready) {
            String sha = sha256(file);
            if (heldElsewhere.contains(sha)) {
                continue;
            }
            Integer partition = partitionOfBytes.get(sha);
            if (partition == null) {
                partition = next++ % grid;
                partitionOfBytes.put(sha, partition);
            }
            planned.add(new PlannedFile(runId, partition, planned.size(), file.path(), file.name(), sha,
                    arrival(file)));
        }
        runFiles.plan(planned);
        return planned;
    }

    private static String sha256(InboxFile file) {
        try {
            return FileHashes.sha256(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tệp " + file.name(), e);
        }
    }

    /** Arrival is when the file was first seen, now, or its modification time when older (a clock ahead never counts). */
    private static Instant arrival(InboxFile file) {
        Instant now = Instant.now();
        return file.modified().isBefore(now) ? file.modified() : now;
    }
}
