package vn.daklak.ngoaivu.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM (systemd's stop, Ctrl+C) in the middle of a large file: the run stops at the next chunk boundary, the file's
 * execution ends STOPPED (restartable), its rows are gone, the file is still in the inbox, no report folder is half
 * written and no submission is decided without its rows; the next run goes on and loads the file exactly once.
 */
class GracefulStopTest {

    private static final Duration LIMIT = Duration.ofMinutes(3);

    @TempDir
    Path temp;

    @Test
    void sigtermMidFileStopsAfterThatFileAndTheNextRunGoesOn() throws Exception {
        try (ScratchDatabase db = new ScratchDatabase()) {
            FaultScene scene = new FaultScene(temp);
            scene.largeFile();
            AppProcess run = AppProcess.start(temp.resolve("run1.txt"), db.url(), scene.args("run"));
            run.await("the large file's activities being loaded", LIMIT,
                    () -> "true".equals(db.value(FaultScene.LOADING_EVENTS)));

            long signalled = System.nanoTime();
            run.terminate();
            int exit = run.exitCode(Duration.ofSeconds(90));
            double stopSeconds = (System.nanoTime() - signalled) / 1e9;

            assertThat(exit).as(run.console()).isEqualTo(128 + 15);
            assertThat(run.consoleLines()).contains("Đã dừng theo yêu cầu (tín hiệu dừng) ở điểm an toàn: tệp đang nạp "
                    + "được làm trọn (hoặc hoàn lại cả tệp nếu không kịp), các tệp chưa nạp vẫn ở inbox, các kỳ chưa lập "
                    + "lại báo cáo vẫn chờ; lần chạy sau sẽ làm tiếp.");
            assertThat(db.value("""
                    SELECT (SELECT string_agg(status, ',') FROM batch_job_execution) || ' '
                        || (SELECT string_agg(status, ',') FROM batch_step_execution WHERE status <> 'COMPLETED') || ' '
                        || (SELECT count(*) FROM submission) || ' ' || (SELECT count(*) FROM event) || ' '
                        || (SELECT count(*) FROM spending) || ' ' || (SELECT count(*) FROM task_report) || ' '
                        || (SELECT count(*) FROM pipeline_run WHERE finished_at IS NULL) || ' '
                        || (SELECT count(*) FROM report_pending)"""))
                    // the file under way is the safe point: finished whole in its one transaction, then the run stops
                    // (its manager and partition steps STOPPED) before the period's reports are rebuilt
                    .isEqualTo("STOPPED STOPPED,STOPPED 1 18000 2000 8 0 1");
            assertThat(scene.inbox()).isEmpty();
            assertThat(FaultScene.hidden(scene.output)).isEmpty();
            assertThat(scene.output.resolve("reports")).doesNotExist();

            AppProcess next = AppProcess.start(temp.resolve("run2.txt"), db.url(), scene.args("run"));
            assertThat(next.exitCode(LIMIT)).as(next.console()).isZero();
            assertThat(db.value("""
                    SELECT (SELECT string_agg(status, ',' ORDER BY job_execution_id) FROM batch_job_execution) || ' '
                        || (SELECT string_agg(status, ',') FROM submission) || ' '
                        || (SELECT count(*) FROM task_report) || ' ' || (SELECT count(*) FROM event) || ' '
                        || (SELECT count(*) FROM spending) || ' ' || (SELECT count(*) FROM report_pending)"""))
                    // nothing of the stopped run was left open, so there is nothing to restart: the next run only rebuilds
                    .isEqualTo("STOPPED ACCEPTED 8 18000 2000 0");
            assertThat(scene.inbox()).isEmpty();
            assertThat(scene.output.resolve("reports/2024/YEAR/summary.json")).exists();
            System.out.printf("GracefulStopTest: SIGTERM to exit %.1f s%n", stopSeconds);
        }
    }
}
