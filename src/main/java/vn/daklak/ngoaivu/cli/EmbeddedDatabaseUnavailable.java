package vn.daklak.ngoaivu.cli;

/**
 * The embedded PostgreSQL cannot be used by this command, for a reason the user can act on; the message is the one
 * line the console shows and {@link #exitCode()} the process exit code.
 */
final class EmbeddedDatabaseUnavailable extends RuntimeException {

    /** Exit code when another command of ours holds the embedded database (as for another run in progress). */
    static final int BUSY = 3;
    /** Exit code when the embedded database cannot run here at all (as for bad usage). */
    static final int REFUSED = 2;

    private final int exitCode;

    EmbeddedDatabaseUnavailable(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
