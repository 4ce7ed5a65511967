package vn.daklak.ngoaivu.feedback;

import java.nio.file.Path;

/** Placeholder until the feedback branch lands. */
public record FeedbackFiles(Path xlsx, Path csv) {
}
