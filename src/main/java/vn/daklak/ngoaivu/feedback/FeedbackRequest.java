package vn.daklak.ngoaivu.feedback;

import java.nio.file.Path;
import java.util.List;
import vn.daklak.ngoaivu.format.Problem;

/** Placeholder until the feedback branch lands. */
public record FeedbackRequest(Path original, String originalName, String agencyName, Integer year, String period,
                              boolean accepted, List<Problem> problems, Path xlsxOut, Path csvOut) {
}
