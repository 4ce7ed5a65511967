package vn.daklak.ngoaivu.feedback;

import java.nio.file.Path;
import java.util.List;
import vn.daklak.ngoaivu.format.Problem;

/**
 * What to write feedback about: the original file (may be unreadable), its name as the agency sent it, what is known
 * of its agency, year and period (null when unknown), the verdict, every problem found, and where to write.
 * {@code period} is {@code H1}/{@code YEAR} or any text to show as is.
 */
public record FeedbackRequest(Path original, String originalName, String agencyName, Integer year, String period,
                              boolean accepted, List<Problem> problems, Path xlsxOut, Path csvOut) {

    public FeedbackRequest {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
