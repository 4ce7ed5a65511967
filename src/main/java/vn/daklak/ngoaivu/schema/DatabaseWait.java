package vn.daklak.ngoaivu.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start the database may not be up yet (the server boots the application and PostgreSQL together, or PostgreSQL
 * restarts): the first connection is tried again with growing pauses (1, 2, 4 … at most 15 seconds) for
 * {@code ngvh.database.wait}, then the command gives up with one line naming the database and the cause.
 */
final class DatabaseWait {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWait.class);
    private static final long MAX_PAUSE_MS = 15_000;

    private final Duration limit;

    DatabaseWait(Duration limit) {
        this.limit = limit;
    }

    void until(DataSource dataSource, String url) {
        long deadline = System.nanoTime() + limit.toNanos();
        long pause = 1000;
        while (true) {
            try (Connection ignored = dataSource.getConnection()) {
                return;
            } catch (SQLException e) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new DatabaseUnreachable("Không kết nối được cơ sở dữ liệu " + url + " sau "
                            + limit.toSeconds() + " giây thử lại (" + firstLine(e) + "). Kiểm tra PostgreSQL đã chạy "
                            + "và cấu hình spring.datasource.url / username / password, rồi chạy lại.", e);
                }
                long sleep = Math.min(pause, left);
                log.warn("Chưa kết nối được cơ sở dữ liệu {} ({}); thử lại sau {} giây.", url, firstLine(e),
                        sleep / 1000.0);
                sleepQuietly(sleep);
                pause = Math.min(pause * 2, MAX_PAUSE_MS);
            }
        }
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return m.lines().findFirst().orElse(m);
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseUnreachable("Đã dừng khi đang chờ cơ sở dữ liệu.", e);
        }
    }
}
