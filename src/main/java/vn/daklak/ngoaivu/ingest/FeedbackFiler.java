package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.feedback.FeedbackRequest;
import vn.daklak.ngoaivu.feedback.FeedbackWriter;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.ingest.SubmissionStore.KnownSubmission;

/**
 * Files the agency's feedback under {@code output/feedback/<year>/<period>/<agency>/<file>.ket-qua.xlsx} (and .csv),
 * or {@code output/feedback/unknown/} when the agency could not be read. Both are written aside in the same folder and
 * then moved into place, so a crash or a full disk never leaves a half-written or empty feedback where the agency
 * looks. A feedback that cannot be written is logged, never a reason to lose the ingest; the next run writes it again
 * ({@link #isMissing}).
 */
@Component
class FeedbackFiler {

    private static final Logger log = LoggerFactory.getLogger(FeedbackFiler.class);
    private static final String UNKNOWN = "unknown";
    private static final String XLSX_SUFFIX = ".ket-qua.xlsx";
    /** What a feedback's name adds to the agency's file name, the aside copy's "." and ".dang-ghi" included. */
    private static final int ADDED_BYTES = 1 + XLSX_SUFFIX.length() + ".dang-ghi".length();

    private final SubmissionStore store;
    private final FeedbackWriter writer = new FeedbackWriter();

    FeedbackFiler(SubmissionStore store) {
        this.store = store;
    }

    /** Writes the feedback of a decided submission whose original is at {@code original}; null when it failed. */
    Path write(Path original, KnownSubmission submission, List<Problem> problems, Path outputRoot) {
        Path xlsx = xlsxOf(submission, outputRoot);
        Path csv = csvOf(xlsx);
        String agencyName = submission.agencyCode() == null ? null : store.agencyName(submission.agencyCode());
        Path xlsxAside = aside(xlsx);
        Path csvAside = aside(csv);
        try {
            writer.write(new FeedbackRequest(original, submission.fileName(), agencyName, submission.year(),
                    submission.period(), submission.accepted(), problems, xlsxAside, csvAside));
            moveIntoPlace(csvAside, csv);
            moveIntoPlace(xlsxAside, xlsx);
            return xlsx;
        } catch (Exception | StackOverflowError e) {
            log.error("Không ghi được phản hồi cho {}", submission.fileName(), e);
            deleteQuietly(xlsxAside);
            deleteQuietly(csvAside);
            return null;
        }
    }

    /** Whether the feedback of a submission is missing or empty (e.g. after a crash or a full disk). */
    boolean isMissing(KnownSubmission submission, Path outputRoot) {
        Path xlsx = xlsxOf(submission, outputRoot);
        return emptyOrAbsent(xlsx) || emptyOrAbsent(csvOf(xlsx));
    }

    private static Path xlsxOf(KnownSubmission submission, Path outputRoot) {
        return folderOf(outputRoot.resolve("feedback"), submission)
                .resolve(SafeFileNames.fit(submission.fileName(), ADDED_BYTES, submission.sha256()) + XLSX_SUFFIX);
    }

    private static Path csvOf(Path xlsx) {
        String name = xlsx.getFileName().toString();
        return xlsx.resolveSibling(name.substring(0, name.length() - ".xlsx".length()) + ".csv");
    }

    /** A hidden sibling: same folder, so the final move is a rename on one file system. */
    private static Path aside(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".dang-ghi");
    }

    private static boolean emptyOrAbsent(Path file) {
        try {
            return !Files.isRegularFile(file) || Files.size(file) == 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static void moveIntoPlace(Path aside, Path target) throws IOException {
        try {
            Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Không xoá được tệp tạm {}", file, e);
        }
    }

    /**
     * {@code <year>/<period>/<agency>} when all three were read; a file whose agency could not be read goes to
     * {@code unknown/} at once, not {@code unknown/unknown/unknown/}: nobody browses an agency's folder for it.
     */
    static Path folderOf(Path feedbackRoot, KnownSubmission submission) {
        if (submission.agencyCode() == null) {
            return feedbackRoot.resolve(UNKNOWN);
        }
        return feedbackRoot.resolve(submission.year() == null ? UNKNOWN : submission.year().toString())
                .resolve(submission.period() == null ? UNKNOWN : submission.period())
                .resolve(submission.agencyCode());
    }
}
