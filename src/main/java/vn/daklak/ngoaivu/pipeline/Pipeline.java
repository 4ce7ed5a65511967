package vn.daklak.ngoaivu.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.ingest.DeadRuns;
import vn.daklak.ngoaivu.ingest.FileOutcome;
import vn.daklak.ngoaivu.ingest.IngestReport;
import vn.daklak.ngoaivu.ingest.IngestService;
import vn.daklak.ngoaivu.ingest.RunLock;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.YearPeriod;
import vn.daklak.ngoaivu.ops.GracefulStop;
import vn.daklak.ngoaivu.report.PendingReports;
import vn.daklak.ngoaivu.report.PendingReports.Pending;
import vn.daklak.ngoaivu.report.ReportService;
import vn.daklak.ngoaivu.support.DatabaseLoss;

/**
 * The pipeline's runs, each only while holding the {@link RunLock}: a second one, from any process, touches nothing
 * and comes back {@link Outcome#REFUSED} with the Vietnamese line saying since when the other run holds the lock.
 * Every progress line goes to the caller's {@code say}.
 */
@Component
public class Pipeline {

    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);
    private static final String STOPPED = "Đã dừng theo yêu cầu (tín hiệu dừng) ở điểm an toàn: tệp đang nạp được làm "
            + "trọn (hoặc hoàn lại cả tệp nếu không kịp), các tệp chưa nạp vẫn ở inbox, các kỳ chưa lập lại báo cáo vẫn "
            + "chờ; lần chạy sau sẽ làm tiếp.";

    private final IngestService ingest;
    private final ReportService reports;
    private final PendingReports pending;
    private final RunLock lock;
    private final DeadRuns deadRuns;
    private final GracefulStop stop;

    Pipeline(IngestService ingest, ReportService reports, PendingReports pending, RunLock lock, DeadRuns deadRuns,
             GracefulStop stop) {
        this.ingest = ingest;
        this.reports = reports;
        this.pending = pending;
        this.lock = lock;
        this.deadRuns = deadRuns;
        this.stop = stop;
    }

    /** How a run ended: done, done with a failure (a file or a report), or refused because another run holds the lock. */
    public enum Outcome { DONE, FAILED, REFUSED }

    /** Whether a background run was started, or the line saying why not. */
    public record Start(boolean started, String refusal) {
    }

    /** {@code run}: ingest the inbox, then rebuild every period whose data changed. */
    public Outcome run(Path input, Path output, Consumer<String> say) {
        return exclusively(() -> ingestAndRebuild(input, output, "run", true, say), say);
    }

    /** {@code ingest}: the inbox only; the changed periods stay pending for the next {@code run}. */
    public Outcome ingest(Path input, Path output, Consumer<String> say) {
        return exclusively(() -> ingestAndRebuild(input, output, "ingest", false, say), say);
    }

    /** {@code report}: rebuild one period. */
    public Outcome report(int year, Period period, Path output, Consumer<String> say) {
        return exclusively(() -> rebuild(year, period, output, say) ? Outcome.DONE : Outcome.FAILED, say);
    }

    /**
     * Takes the lock now, then does {@link #run} on {@code executor} and hands its outcome to {@code done}; when the
     * lock is held elsewhere nothing starts and the refusal says since when.
     */
    public Start startRun(Path input, Path output, Executor executor, Consumer<String> say, Consumer<Outcome> done) {
        RunLock.Attempt attempt = lock.tryAcquire();
        if (!attempt.acquired()) {
            return new Start(false, attempt.refusal());
        }
        try {
            executor.execute(() -> done.accept(inBackground(attempt.held(), input, output, say)));
            return new Start(true, null);
        } catch (RejectedExecutionException e) {
            attempt.held().close();
            throw e;
        }
    }

    /**
     * At the start of a long-lived process ({@code serve}): recovers what a dead run left, unless a run of another
     * process holds the lock (then nothing is dead, and that run recovers the rest itself when it ends or the next one
     * starts).
     */
    public void recoverAtStart(Consumer<String> say) {
        RunLock.Attempt attempt = lock.tryAcquire();
        if (attempt.acquired()) {
            try (RunLock.Held held = attempt.held()) {
                recoverDeadRuns(say);
            }
        }
    }

    /**
     * Any other work that must not overlap a run (the scheduled purge of Spring Batch's records): done only while
     * holding the lock, else refused like a second run.
     */
    public Outcome exclusively(Supplier<Outcome> work, Consumer<String> say) {
        RunLock.Attempt attempt = lock.tryAcquire();
        if (!attempt.acquired()) {
            say.accept(attempt.refusal());
            return Outcome.REFUSED;
        }
        try (RunLock.Held held = attempt.held(); GracefulStop.Work w = stop.begin()) {
            return stoppedBeforeStart(say) ? Outcome.FAILED : afterRecovery(work, say);
        }
    }

    private Outcome afterRecovery(Supplier<Outcome> work, Consumer<String> say) {
        recoverDeadRuns(say);
        return work.get();
    }

    private void recoverDeadRuns(Consumer<String> say) {
        DeadRuns.Recovered recovered = deadRuns.recover();
        if (recovered.any()) {
            log.warn(recovered.line());
            say.accept(recovered.line());
        }
    }

    private boolean stoppedBeforeStart(Consumer<String> say) {
        if (stop.stopping()) {
            say.accept("Chương trình đang dừng theo yêu cầu; lần chạy này không làm gì.");
        }
        return stop.stopping();
    }

    // Nobody waits on a background run's stack: its failure is logged and said, like a failed file.
    private Outcome inBackground(RunLock.Held held, Path input, Path output, Consumer<String> say) {
        try (held; GracefulStop.Work w = stop.begin()) {
            return stoppedBeforeStart(say) ? Outcome.FAILED
                    : afterRecovery(() -> ingestAndRebuild(input, output, "run", true, say), say);
        } catch (RuntimeException e) {
            log.error("Lần chạy từ bảng điều khiển thất bại", e);
            say.accept(DatabaseLoss.cause(e).map(DatabaseLoss::line).orElse("Lần chạy dừng vì lỗi: " + e.getMessage())
                    + "; chi tiết trong " + output.resolve("logs/ngvh.log"));
            return Outcome.FAILED;
        }
    }

    private Outcome ingestAndRebuild(Path input, Path output, String command, boolean withReports,
                                     Consumer<String> say) {
        IngestReport report = ingest.ingest(input, output, command, say);
        if (stop.stopping()) {
            say.accept(STOPPED);
            return Outcome.FAILED;
        }
        boolean reportsBuilt = !withReports || rebuildPending(output, say);
        return report.count(FileOutcome.Outcome.FAILED) > 0 || !reportsBuilt ? Outcome.FAILED : Outcome.DONE;
    }

    /** Rebuilds every pending period; one that fails stays pending for the next run and does not stop the others. */
    private boolean rebuildPending(Path output, Consumer<String> say) {
        List<Pending> due = pending.all();
        if (due.isEmpty()) {
            say.accept("Không có kỳ báo cáo nào thay đổi; không cần lập lại báo cáo.");
        }
        boolean allBuilt = true;
        for (Pending p : due) {
            if (stop.stopping()) {
                say.accept(STOPPED);
                return false;
            }
            allBuilt &= rebuild(p.period().year(), p.period().period(), output, say);
        }
        return allBuilt;
    }

    /** Rebuilds one period and clears it from the pending ones; false (with one line said) when it failed. */
    private boolean rebuild(int year, Period period, Path output, Consumer<String> say) {
        var due = pending.find(year, period);
        try {
            Path folder = reports.rebuild(year, period, output);
            due.ifPresent(pending::clear);
            say.accept("Đã lập báo cáo " + year + " " + period + ": " + folder);
            return true;
        } catch (RuntimeException e) {
            DatabaseLoss.cause(e).ifPresent(lost -> {
                throw new DatabaseLoss.Lost(lost, e);
            });
            log.error("Lập báo cáo {} {} thất bại", year, period, e);
            say.accept("Không lập được báo cáo " + new YearPeriod(year, period) + " (" + e.getMessage()
                    + "); kỳ này sẽ được lập lại ở lần chạy sau, chi tiết trong " + output.resolve("logs/ngvh.log"));
            return false;
        }
    }
}
