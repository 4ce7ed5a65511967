package vn.daklak.ngoaivu.ingest;

import java.nio.file.Path;
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
 * or {@code output/feedback/unknown/} when the agency could not be read. A feedback that cannot be written is
 * logged, never a reason to lose the ingest.
 */
@Component
class FeedbackFiler {

    private static final Logger log = LoggerFactory.getLogger(FeedbackFiler.class);
    private static final String UNKNOWN = "unknown";

    private final SubmissionStore store;
    private final FeedbackWriter writer = new FeedbackWriter();

    FeedbackFiler(SubmissionStore store) {
        this.store = store;
    }

    Path write(Path original, String originalName, KnownSubmission submission, boolean accepted,
               List<Problem> problems, Path outputRoot) {
        Path folder = folderOf(outputRoot.resolve("feedback"), submission);
        Path xlsx = folder.resolve(originalName + ".ket-qua.xlsx");
        Path csv = folder.resolve(originalName + ".ket-qua.csv");
        String agencyName = submission.agencyCode() == null ? null : store.agencyName(submission.agencyCode());
        try {
            writer.write(new FeedbackRequest(original, originalName, agencyName, submission.year(), submission.period(),
                    accepted, problems, xlsx, csv));
            return xlsx;
        } catch (Exception | StackOverflowError e) {
            log.error("Không ghi được phản hồi cho {}", originalName, e);
            return null;
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
