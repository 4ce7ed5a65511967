package vn.daklak.ngoaivu.schema;

/** The database could not be reached at start within {@code ngvh.database.wait}; the message is the console's line. */
public final class DatabaseUnreachable extends RuntimeException {

    DatabaseUnreachable(String message, Throwable cause) {
        super(message, cause);
    }
}
