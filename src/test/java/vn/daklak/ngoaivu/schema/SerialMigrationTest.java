package vn.daklak.ngoaivu.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.daklak.ngoaivu.TestDatabase;

/**
 * Two processes migrating one brand-new database at once: each "process" is a thread with its own DataSource and its
 * own Flyway, released together by a barrier, on a database this test creates and drops.
 */
class SerialMigrationTest {

    private static final int PROCESSES = 3;

    private String database;
    private String url;

    @BeforeEach
    void createEmptyDatabase() {
        database = "ngvh_migration_" + Long.toHexString(System.nanoTime());
        String testUrl = TestDatabase.url();
        url = testUrl.substring(0, testUrl.lastIndexOf('/') + 1) + database;
        execute(testUrl, "CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
    }

    @AfterEach
    void dropDatabase() {
        execute(TestDatabase.url(), "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    @Test
    void processesStartedTogetherOnAnEmptyDatabaseAllSucceedAndEachMigrationRunsOnce() throws Exception {
        CyclicBarrier start = new CyclicBarrier(PROCESSES);
        ExecutorService threads = Executors.newFixedThreadPool(PROCESSES);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            runs.add(threads.submit(() -> {
                Flyway flyway = Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration").load();
                start.await();
                SerialMigration.migrate(flyway);
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        threads.shutdown();

        JdbcClient jdbc = JdbcClient.create(dataSource());
        assertThat(jdbc.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                .query(String.class).list()).containsExactlyElementsOf(shippedVersions());
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success").query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = ?
                   AND database = (SELECT oid FROM pg_database WHERE datname = current_database())""")
                .param(SerialMigration.KEY).query(Integer.class).single()).isZero();
    }

    /** The versions of the migrations the application ships, in order: each must have run exactly once. */
    private static List<String> shippedVersions() throws IOException {
        return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql"))
                .map(r -> r.getFilename().substring(1, r.getFilename().indexOf("__")))
                .sorted(Comparator.comparingInt(Integer::parseInt)).toList();
    }

    private DriverManagerDataSource dataSource() {
        return new DriverManagerDataSource(url, TestDatabase.user(), TestDatabase.password());
    }

    private static void execute(String on, String sql) {
        try (Connection c = DriverManager.getConnection(on, TestDatabase.user(), TestDatabase.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
