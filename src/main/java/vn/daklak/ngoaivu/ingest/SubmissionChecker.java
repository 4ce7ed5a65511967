package vn.daklak.ngoaivu.ingest;

import java.nio.file.Path;
import vn.daklak.ngoaivu.reference.ReferenceData;

/**
 * Everything the ingest job checks, in memory and without the database: open (unreadable file → one file error),
 * inspect, then every row of every sheet through the row mappers and the total checker. Used by {@code validate} and
 * by tests; the batch job uses the same pieces step by step.
 */
final class SubmissionChecker {

    SubmissionChecker(ReferenceData reference) {
        throw new UnsupportedOperationException("TODO ingest helper");
    }

    CheckResult check(Path file) {
        throw new UnsupportedOperationException("TODO ingest helper");
    }
}
