package vn.daklak.ngoaivu.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.support.VietnamTime;

/**
 * One run at a time, across every process on the database (two terminals, the nightly job, the dashboard's "run
 * now"): {@code run}, {@code ingest} and {@code report} hold a PostgreSQL session-level advisory lock on a connection
 * of their own for the whole command. The lock goes with the session, so a process that dies releases it at once;
 * nothing is ever left to clean up by hand. {@code status} does not take it.
 */
@Component
public class RunLock {

    /**
     * The advisory lock key of a run: "ngvh" in ASCII. It fits in 32 bits, so {@code pg_locks} shows it as
     * {@code classid = 0, objid = KEY, objsubid = 1}.
     */
    public static final long KEY = 0x6E677668L;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    // Advisory locks belong to one database, while pg_locks shows the whole server's.
    // The holder runs nothing else on its lock connection, so the moment that session last changed state is when
    // it took the lock (backend_start when the server hides state_change from other users' sessions).
    private static final String HOLDER = """
            SELECT coalesce(a.state_change, a.backend_start) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = ? AND l.objsubid = 1
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())""";

    private final DataSource dataSource;

    RunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Takes the lock, or tells who holds it; never waits. */
    public Attempt tryAcquire() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            if (tryLock(connection)) {
                return new Attempt(new Held(connection), null);
            }
            Optional<Instant> since = holderSince(connection);
            connection.close();
            return new Attempt(null, refusal(since));
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new DataAccessResourceFailureException("Không kiểm tra được khóa lần chạy trong cơ sở dữ liệu: "
                    + e.getMessage(), e);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            s.setLong(1, KEY);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static Optional<Instant> holderSince(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(HOLDER)) {
            s.setLong(1, KEY);
            try (ResultSet rs = s.executeQuery()) {
                Timestamp at = rs.next() ? rs.getTimestamp(1) : null;
                return Optional.ofNullable(at).map(Timestamp::toInstant);
            }
        }
    }

    static String refusal(Optional<Instant> since) {
        String when = since.map(at -> " (từ " + SHOWN.format(at.atZone(VietnamTime.ZONE)) + ")").orElse("");
        return "Một lần chạy khác đang diễn ra" + when + "; lần này không làm gì. Hãy chờ lần chạy đó kết thúc "
                + "(xem bằng lệnh status) rồi chạy lại.";
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the lock (if any) goes with the session anyway
            }
        }
    }

    private static void abortQuietly(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException ignored) {
            // nothing more can be done; the server ends the session when the process exits
        }
    }

    /** The outcome of {@link #tryAcquire()}: the held lock, or the one Vietnamese line saying who holds it. */
    public record Attempt(Held held, String refusal) {

        public boolean acquired() {
            return held != null;
        }
    }

    /** The held lock; closing it unlocks and gives the connection back. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (PreparedStatement s = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                s.setLong(1, KEY);
                s.execute();
            } catch (SQLException e) {
                // A pooled connection outlives close(): end its session so the lock cannot stay behind.
                abortQuietly(connection);
            } finally {
                closeQuietly(connection);
            }
        }
    }
}
