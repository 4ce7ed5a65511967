package vn.daklak.ngoaivu.feedback;

import java.io.IOException;

/** Placeholder until the feedback branch lands. */
public final class FeedbackWriter {

    public FeedbackFiles write(FeedbackRequest request) throws IOException {
        throw new UnsupportedOperationException("TODO feedback helper");
    }
}
