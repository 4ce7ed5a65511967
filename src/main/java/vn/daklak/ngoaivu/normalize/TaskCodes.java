package vn.daklak.ngoaivu.normalize;

import java.util.Optional;

/** Plan task codes: {@code NV01}, {@code nv01}, {@code NV 01}, {@code NV1}, {@code NV-01} are all {@code NV01}. */
public final class TaskCodes {

    private TaskCodes() {
    }

    /** Canonical form: upper-case letters, then the number with at least two digits; empty when not a code. */
    public static Optional<String> normalize(String raw) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }
}
