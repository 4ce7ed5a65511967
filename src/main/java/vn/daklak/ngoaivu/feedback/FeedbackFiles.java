package vn.daklak.ngoaivu.feedback;

import java.nio.file.Path;

/** The two feedback files written for one submission. */
public record FeedbackFiles(Path xlsx, Path csv) {
}
