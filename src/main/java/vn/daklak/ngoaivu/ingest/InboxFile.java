package vn.daklak.ngoaivu.ingest;

import java.nio.file.Path;
import java.time.Instant;

/** A file of the inbox that is ready to be ingested. */
record InboxFile(Path path, String name, long size, Instant modified) {
}
