package vn.daklak.ngoaivu.support;

/**
 * How a run that stopped on an error is recorded in {@code pipeline_run.outcome}, and recognised there: the ingestion
 * writes it, the dashboard offers a restart for it. One rule for both, so the two can never drift apart.
 */
public final class FailedRun {

    private static final String PREFIX = "thất bại: ";

    private FailedRun() {
    }

    /** The outcome of a run stopped by {@code cause}: "thất bại: mất kết nối cơ sở dữ liệu". */
    public static String outcome(Throwable cause) {
        return PREFIX + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }

    /** A SQL LIKE pattern matching exactly the outcomes {@link #stoppedByError} recognises (bind it as a parameter). */
    public static String likePattern() {
        return PREFIX + "%";
    }

    /** Whether a recorded outcome is that of a run stopped by an error. */
    public static boolean stoppedByError(String outcome) {
        return outcome != null && outcome.startsWith(PREFIX);
    }
}
