package vn.daklak.ngoaivu.dashboard.pages;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.dashboard.DashboardProperties;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.pipeline.Pipeline;
import vn.daklak.ngoaivu.support.VietnamTime;

/**
 * "Run now" in the serve process: the same {@link Pipeline#run} as the command line's {@code run}, on a thread of its
 * own so the request returns at once. The pipeline takes the single-run lock before anything starts, so a second
 * click, the nightly job or a terminal is refused, not queued. Remembers the latest run started here and its lines.
 */
@ServletOnly
@Component
class RunNow {

    // One thread per run is enough: the lock allows one run at a time across every process.
    private static final Executor OWN_THREAD = work -> new Thread(work, "ngvh-chay-ngay").start();

    private final Pipeline pipeline;
    private final DashboardProperties settings;
    private final AtomicReference<Progress> latest = new AtomicReference<>();

    RunNow(Pipeline pipeline, DashboardProperties settings) {
        this.pipeline = pipeline;
        this.settings = settings;
    }

    /** A run started from the dashboard: who, when (Vietnam time), its lines so far, and its outcome when done. */
    record Progress(String user, LocalDateTime startedAt, List<String> lines,
                    CompletableFuture<Pipeline.Outcome> outcome) {

        public boolean finished() {
            return outcome.isDone();
        }

        public boolean failed() {
            return outcome.isDone() && outcome.join() != Pipeline.Outcome.DONE;
        }
    }

    /** Starts a run for {@code user}; empty when started, else the Vietnamese line saying who holds the lock since when. */
    Optional<String> start(String user) {
        Progress progress = new Progress(user, LocalDateTime.now(VietnamTime.ZONE), new CopyOnWriteArrayList<>(),
                new CompletableFuture<>());
        Pipeline.Start start = pipeline.startRun(settings.input(), settings.output(), OWN_THREAD,
                progress.lines()::add, progress.outcome()::complete);
        if (!start.started()) {
            return Optional.of(start.refusal());
        }
        latest.set(progress);
        return Optional.empty();
    }

    Optional<Progress> latest() {
        return Optional.ofNullable(latest.get());
    }
}
