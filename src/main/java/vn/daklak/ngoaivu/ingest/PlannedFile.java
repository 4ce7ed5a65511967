package vn.daklak.ngoaivu.ingest;

import java.nio.file.Path;
import java.time.Instant;

/**
 * An inbox file as a run planned it: its partition, its place in that partition (arrival order), and its bytes' hash,
 * computed once by the manager.
 */
record PlannedFile(long runId, int partition, int seq, Path path, String name, String sha256, Instant receivedAt) {

    InboxFile inboxFile() {
        return new InboxFile(path, name, 0, receivedAt);
    }
}
