package vn.daklak.ngoaivu.support;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Tells a lost database (the server stopped, restarted or unreachable) from an error in the data: only the first
 * stops a run, since every later file would fail the same way. PostgreSQL's SQLSTATE says it: class 08 (connection
 * exception) or 57P01–57P03 (the server shutting down, crashed, or not accepting connections yet).
 */
public final class DatabaseLoss {

    private DatabaseLoss() {
    }

    /** The first line of the SQL error behind {@code failure} when it is a lost database; empty otherwise. */
    public static Optional<String> cause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && lost(sql.getSQLState())) {
                String message = sql.getMessage() == null ? sql.getSQLState() : sql.getMessage().strip();
                return Optional.of(message.lines().findFirst().orElse(message));
            }
        }
        return Optional.empty();
    }

    private static boolean lost(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    /** The one console line of a run stopped by a lost database. */
    public static String line(String cause) {
        return "Mất kết nối tới cơ sở dữ liệu (" + cause + "): lần chạy dừng lại. Phần việc của tệp đang nạp dở được "
                + "hoàn lại và tệp vẫn ở inbox; khi PostgreSQL chạy lại, lần chạy sau sẽ nạp lại tệp đó.";
    }

    /** Thrown to end a run at once when the database is lost, instead of failing each remaining file in turn. */
    public static final class Lost extends RuntimeException {

        public Lost(String cause, Throwable failure) {
            super(line(cause), failure);
        }
    }
}
