package vn.daklak.ngoaivu.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database is a throwaway PostgreSQL cluster of the test's own, on its own port, stopped and started during the
 * test. Down at start: the command keeps trying for {@code ngvh.database.wait}, goes on when the server comes up, and
 * otherwise ends with one line and exit code 1. Lost in the middle of a file: the run ends with one line naming the
 * cause (no stack trace), and once the server is back the next run takes the file again, exactly once.
 */
class DatabaseOutageTest {

    private static final Duration LIMIT = Duration.ofMinutes(4);
    private static final String FAST_FAILURE = "--spring.datasource.hikari.connection-timeout=5000";

    @TempDir
    Path temp;

    @Test
    void downAtStartThenLostMidFile() throws Exception {
        Optional<Path> bin = ThrowawayCluster.binaries();
        assumeTrue(bin.isPresent(), "DatabaseOutageTest skipped: no PostgreSQL server binaries under /usr/lib/postgresql");
        try (ThrowawayCluster cluster = ThrowawayCluster.create(bin.get())) {
            FaultScene scene = new FaultScene(temp);
            cluster.stop();

            AppProcess gaveUp = AppProcess.start(temp.resolve("down.txt"), cluster.url(),
                    scene.args("run", "--ngvh.database.wait=10s"));
            assertThat(gaveUp.exitCode(LIMIT)).isEqualTo(1);
            assertThat(gaveUp.consoleLines()).singleElement().asString()
                    .startsWith("Không kết nối được cơ sở dữ liệu " + cluster.url() + " sau 10 giây thử lại (")
                    .endsWith("). Kiểm tra PostgreSQL đã chạy và cấu hình spring.datasource.url / username / password,"
                            + " rồi chạy lại.");

            AppProcess waited = AppProcess.start(temp.resolve("wait.txt"), cluster.url(),
                    scene.args("run", "--ngvh.database.wait=180s"));
            Path log = scene.output.resolve("logs/ngvh.log");
            waited.await("a retry in the log", LIMIT, () -> logSays(log, "Chưa kết nối được cơ sở dữ liệu"));
            cluster.start();
            assertThat(waited.exitCode(LIMIT)).as(waited.console()).isZero();

            scene.largeFile();
            AppProcess lost = AppProcess.start(temp.resolve("lost.txt"), cluster.url(), scene.args("run", FAST_FAILURE));
            lost.await("the large file's activities being loaded", LIMIT, () -> loadingEvents(cluster));
            cluster.stop();
            assertThat(lost.exitCode(LIMIT)).as(lost.console()).isEqualTo(1);
            assertThat(lost.console()).doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(lost.consoleLines()).last().asString().startsWith("Mất kết nối tới cơ sở dữ liệu (")
                    .endsWith("): lần chạy dừng lại. Phần việc của tệp đang nạp dở được hoàn lại và tệp vẫn ở inbox; "
                            + "khi PostgreSQL chạy lại, lần chạy sau sẽ nạp lại tệp đó.");
            assertThat(scene.inbox()).containsExactly(FaultScene.LARGE);

            cluster.start();
            AppProcess next = AppProcess.start(temp.resolve("next.txt"), cluster.url(), scene.args("run"));
            assertThat(next.exitCode(LIMIT)).as(next.console()).isZero();
            assertThat(cluster.value("""
                    SELECT (SELECT string_agg(status, ',') FROM submission) || ' '
                        || (SELECT count(*) FROM task_report) || ' ' || (SELECT count(*) FROM event) || ' '
                        || (SELECT count(*) FROM spending) || ' '
                        || (SELECT count(*) FROM batch_job_execution WHERE status IN ('STARTING', 'STARTED', 'STOPPING'))
                        || ' ' || (SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1) || ' '
                        || (SELECT count(*) FROM pipeline_run WHERE finished_at IS NULL)"""))
                    .isEqualTo("ACCEPTED 8 18000 2000 0 COMPLETED 0");
            assertThat(scene.inbox()).isEmpty();
        }
    }

    private static boolean logSays(Path log, String text) {
        try {
            return Files.exists(log) && Files.readString(log).contains(text);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean loadingEvents(ThrowawayCluster cluster) {
        try {
            return "true".equals(cluster.value(FaultScene.LOADING_EVENTS));
        } catch (java.sql.SQLException e) {
            return false;
        }
    }
}
