package vn.daklak.ngoaivu.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.daklak.ngoaivu.ops.OpsProperties;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Migrations one process at a time. On a brand-new database two processes started together (the nightly job and a
 * clerk's {@code status}, or two terminals) would both see no {@code flyway_schema_history} and both create it; the
 * loser failed with "relation flyway_schema_history does not exist". Each process therefore waits for a
 * session-level advisory lock, on a connection of its own, around {@code migrate()}: the second one then finds the
 * schema current and changes nothing. The lock goes with the session, so a process that dies mid-migration frees it.
 */
@Configuration(proxyBeanMethods = false)
class SerialMigration {

    /** "ngvm" in ASCII: not {@code ingest.RunLock.KEY}, so a migration never waits for a run, nor a run for it. */
    static final long KEY = 0x6E67766DL;

    /** The first use of the database at start: wait for it to be reachable (see {@link DatabaseWait}), then migrate. */
    @Bean
    FlywayMigrationStrategy serialMigrationStrategy(OpsProperties settings, Environment environment) {
        DatabaseWait wait = new DatabaseWait(settings.databaseWait());
        return flyway -> {
            wait.until(flyway.getConfiguration().getDataSource(),
                    environment.getProperty("spring.datasource.url", "(PostgreSQL nhúng)"));
            migrate(flyway);
        };
    }

    /** Waits for the migration lock of {@code flyway}'s database, migrates, and lets the lock go. */
    static void migrate(Flyway flyway) {
        DataSource dataSource = flyway.getConfiguration().getDataSource();
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(true);
            call(lock, "SELECT pg_advisory_lock(?)");
            try {
                flyway.migrate();
            } finally {
                call(lock, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Không lấy được khóa cập nhật cấu trúc cơ sở dữ liệu "
                    + "(pg_advisory_lock " + KEY + "): " + e.getMessage() + ". Kiểm tra kết nối tới PostgreSQL "
                    + "rồi chạy lại.", e);
        }
    }

    private static void call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, KEY);
            s.execute();
        }
    }
}
