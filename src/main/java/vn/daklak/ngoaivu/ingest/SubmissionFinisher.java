package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;
import vn.daklak.ngoaivu.ingest.FileOutcome.Outcome;
import vn.daklak.ngoaivu.ingest.SubmissionStore.KnownSubmission;
import vn.daklak.ngoaivu.report.PendingReports;

/**
 * The work after a file's decision is committed: move the original, write the feedback, record both. Every part is
 * idempotent and can be resumed, because a run may die between any two of them: a decided submission without a
 * stored path is finished by the next run, whether its original is still in the inbox ({@link #finish}) or was
 * already moved ({@link #resumeMoved}); a missing or empty feedback is written again ({@link #repairFeedback}).
 * Reports count an accepted file only once its place is recorded (the {@code current_submission} view): recording it
 * marks its period for a rebuild in the same transaction, in case a report was rebuilt while the move was unfinished.
 */
@Component
class SubmissionFinisher {

    private static final Logger log = LoggerFactory.getLogger(SubmissionFinisher.class);

    private final SubmissionStore store;
    private final FeedbackFiler feedback;
    private final PendingReports pending;
    private final TransactionTemplate transaction;

    SubmissionFinisher(SubmissionStore store, FeedbackFiler feedback, PendingReports pending,
                       PlatformTransactionManager transactions) {
        this.store = store;
        this.feedback = feedback;
        this.pending = pending;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Finishes a decided submission whose original is {@code file}, still in the inbox. */
    FileOutcome finish(KnownSubmission decided, InboxFile file, Path inputRoot, Path outputRoot) throws IOException {
        Path moved = new FileMover(inputRoot).moveDecided(file, decided);
        return record(decided, moved, inputRoot, outputRoot);
    }

    /** Finishes the decided submissions whose originals an earlier run moved but did not record. */
    List<FileOutcome> resumeMoved(Path inputRoot, Path outputRoot) {
        FileMover mover = new FileMover(inputRoot);
        List<FileOutcome> finished = new ArrayList<>();
        for (KnownSubmission decided : store.unfinished()) {
            Optional<Path> moved = mover.findMoved(decided);
            if (moved.isPresent()) {
                finished.add(record(decided, moved.get(), inputRoot, outputRoot));
            }
        }
        return finished;
    }

    /** Writes again every feedback that is missing or empty while its stored original exists; returns their names. */
    List<String> repairFeedback(Path inputRoot, Path outputRoot) {
        List<String> repaired = new ArrayList<>();
        for (KnownSubmission done : store.finished()) {
            Path original = inputRoot.resolve(done.storedPath());
            if (Files.isRegularFile(original) && feedback.isMissing(done, outputRoot)) {
                Path written = feedback.write(original, done, store.problems(done.id()), outputRoot);
                if (written != null) {
                    store.recordFeedback(done.id(), outputRoot.relativize(written).toString());
                    log.info("Đã ghi lại phản hồi bị thiếu hoặc rỗng: {}", written);
                    repaired.add(done.fileName());
                }
            }
        }
        return repaired;
    }

    private FileOutcome record(KnownSubmission decided, Path moved, Path inputRoot, Path outputRoot) {
        List<Problem> problems = store.problems(decided.id());
        Path feedbackFile = feedback.write(moved, decided, problems, outputRoot);
        transaction.executeWithoutResult(status -> {
            store.relaxCommit();
            store.recordFiles(decided.id(), inputRoot.relativize(moved).toString(),
                    feedbackFile == null ? null : outputRoot.relativize(feedbackFile).toString());
            if (decided.accepted()) {
                pending.markPeriodOf(decided.id());
            }
        });
        int errors = (int) problems.stream().filter(Problem::isError).count();
        int warnings = (int) problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
        boolean accepted = decided.accepted();
        long rows = accepted ? store.countRows(decided.id()) : 0;
        String where = (accepted ? "lưu tại " : "chuyển vào ") + inputRoot.relativize(moved);
        return new FileOutcome(decided.fileName(), accepted ? Outcome.ACCEPTED : Outcome.REJECTED,
                decided.agencyCode(), decided.year(), decided.period(), errors, warnings, rows, where, decided.sha256());
    }
}
