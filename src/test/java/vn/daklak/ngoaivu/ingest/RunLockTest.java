package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.TestDatabase;

/** The lock itself, on a real PostgreSQL through a connection pool like the application's. */
class RunLockTest {

    private HikariDataSource pool;
    private JdbcClient jdbc;

    @BeforeEach
    void openPool() {
        pool = new HikariDataSource();
        pool.setJdbcUrl(TestDatabase.url());
        pool.setUsername(TestDatabase.user());
        pool.setPassword(TestDatabase.password());
        pool.setMaximumPoolSize(3);
        pool.setMinimumIdle(0);
        jdbc = JdbcClient.create(pool);
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    void whileHeldASecondTryIsRefusedWithTheHoldersStartInVietnamTime() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        RunLock.Attempt first = new RunLock(pool).tryAcquire();
        Instant after = Instant.now();

        RunLock.Attempt second = new RunLock(pool).tryAcquire();

        assertThat(first.acquired()).isTrue();
        assertThat(second.acquired()).isFalse();
        assertThat(second.refusal()).isIn(RunLock.refusal(Optional.of(before)), RunLock.refusal(Optional.of(after)));
        assertThat(heldLocks()).isEqualTo(1);
        first.held().close();
    }

    @Test
    void closingReleasesTheLockEvenThoughThePoolKeepsTheConnection() {
        new RunLock(pool).tryAcquire().held().close();

        assertThat(heldLocks()).isZero();
        RunLock.Attempt again = new RunLock(pool).tryAcquire();
        assertThat(again.acquired()).isTrue();
        again.held().close();
    }

    @Test
    void refusalSaysSinceWhenInVietnamTimeOnOneLine() {
        assertThat(RunLock.refusal(Optional.of(Instant.parse("2026-11-30T18:05:00Z")))).isEqualTo(
                "Một lần chạy khác đang diễn ra (từ 01/12/2026 01:05); lần này không làm gì. Hãy chờ lần chạy đó kết "
                        + "thúc (xem bằng lệnh status) rồi chạy lại.");
        assertThat(RunLock.refusal(Optional.empty())).startsWith("Một lần chạy khác đang diễn ra; lần này không làm gì.");
    }

    private long heldLocks() {
        return jdbc.sql("""
                SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = 0 AND objid = ?
                   AND objsubid = 1 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())""")
                .param(RunLock.KEY).query(Long.class).single();
    }
}
