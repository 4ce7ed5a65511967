package vn.daklak.ngoaivu.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 (what a power cut does to the process) in the middle of a large file, twice: the next start, of {@code serve}
 * as of {@code run}, marks what the dead process left running as failed and closes its run, and the next run takes the
 * file again from the beginning: in the end it is loaded exactly once, every row exactly once.
 */
class CrashRecoveryTest {

    private static final Duration START = Duration.ofMinutes(3);

    @TempDir
    Path temp;

    @Test
    void killedTwiceMidFileThenServeAndRunRecoverAndTheFileIsLoadedExactlyOnce() throws Exception {
        try (ScratchDatabase db = new ScratchDatabase()) {
            FaultScene scene = new FaultScene(temp);
            scene.largeFile();

            killMidFile(db, scene, "run1.txt");
            // the file's one transaction died with the process: no trace of it, the execution and the run left open
            assertThat(db.value("""
                    SELECT (SELECT string_agg(status, ',') FROM batch_job_execution) || ' '
                        || (SELECT count(*) FROM submission) || ' ' || (SELECT count(*) FROM event) || ' '
                        || (SELECT count(*) FROM pipeline_run WHERE finished_at IS NULL)""")).isEqualTo("STARTED 0 0 1");

            int port = FaultScene.freePort();
            long serveStart = System.nanoTime();
            AppProcess serve = AppProcess.start(temp.resolve("serve.txt"), db.url(),
                    scene.args("serve", "--server.port=" + port));
            serve.await("the dashboard's start line", START, () -> text(serve).contains("Bảng điều khiển đang chạy"));
            double serveSeconds = (System.nanoTime() - serveStart) / 1e9;
            assertThat(serve.consoleLines()).contains("Lần chạy trước bị ngắt giữa chừng (tiến trình dừng đột ngột): "
                    + "đã đánh dấu thất bại 1 lần nạp dở và đóng 1 lần chạy; các tệp nạp dở vẫn ở inbox và sẽ được nạp "
                    + "lại từ đầu.");
            assertThat(db.value("""
                    SELECT (SELECT string_agg(status, ',') FROM batch_job_execution) || ' '
                        || (SELECT count(*) FROM submission) || ' ' || (SELECT count(*) FROM event) || ' '
                        || (SELECT outcome FROM pipeline_run)"""))
                    .isEqualTo("FAILED 0 0 bị ngắt giữa chừng: tiến trình dừng đột ngột (mất điện, bị buộc dừng)");
            serve.terminate();
            serve.exitCode(START);

            // The second attempt at the same bytes restarts the same job instance, and dies too.
            killMidFile(db, scene, "run2.txt");

            long runStart = System.nanoTime();
            AppProcess run = AppProcess.start(temp.resolve("run3.txt"), db.url(), scene.args("run"));
            int exit = run.exitCode(START);
            double runSeconds = (System.nanoTime() - runStart) / 1e9;

            assertThat(exit).as(run.console()).isZero();
            assertThat(run.consoleLines()).contains("Lần chạy trước bị ngắt giữa chừng (tiến trình dừng đột ngột): "
                    + "đã đánh dấu thất bại 1 lần nạp dở và đóng 1 lần chạy; các tệp nạp dở vẫn ở inbox và sẽ được nạp "
                    + "lại từ đầu.");
            assertThat(db.value("""
                    SELECT (SELECT string_agg(status, ',' ORDER BY job_execution_id) FROM batch_job_execution) || ' '
                        || (SELECT count(*) FROM batch_job_instance) || ' '
                        || (SELECT string_agg(status, ',') FROM submission) || ' '
                        || (SELECT count(*) FROM task_report) || ' ' || (SELECT count(*) FROM event) || ' '
                        || (SELECT count(*) FROM spending) || ' '
                        || (SELECT count(*) FROM pipeline_run WHERE finished_at IS NOT NULL) || ' '
                        || (SELECT count(*) FROM report_pending)"""))
                    .isEqualTo("FAILED,FAILED,COMPLETED 1 ACCEPTED 8 18000 2000 3 0");
            assertThat(scene.inbox()).isEmpty();
            assertThat(scene.output.resolve("reports/2024/YEAR/summary.json")).exists();
            assertThat(FaultScene.hidden(scene.output)).isEmpty();
            System.out.printf("CrashRecoveryTest: serve start to recovered and serving %.1f s; the run after the "
                    + "crash (recovery, %d rows again, report) %.1f s%n", serveSeconds, FaultScene.LARGE_ROWS + 8,
                    runSeconds);
        }
    }

    /** Starts {@code run} and kills it -9 once the large file's first chunks are committed. */
    private void killMidFile(ScratchDatabase db, FaultScene scene, String console) throws Exception {
        AppProcess run = AppProcess.start(temp.resolve(console), db.url(), scene.args("run"));
        run.await("the large file's activities being loaded", START,
                () -> "true".equals(db.value(FaultScene.LOADING_EVENTS)));
        run.kill();
        assertThat(scene.inbox()).containsExactly(FaultScene.LARGE);
    }

    private static String text(AppProcess p) {
        try {
            return p.console();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
