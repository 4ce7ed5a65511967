package vn.daklak.ngoaivu.ops;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.SmartLifecycle;

/**
 * A stop signal (SIGTERM from the service manager, Ctrl+C) ends the work under way at its next safe point instead of
 * wherever the JVM happens to be. Spring closes the context on the signal and stops this bean first (highest phase),
 * before any bean the work uses is destroyed; {@link #stop()} then asks every job execution of this process to stop
 * and waits, at most {@code ngvh.shutdown.wait}, for the work to end.
 * <p>
 * Safe points: a loading step stops at its next chunk boundary, which is Spring Batch's own graceful stop (the step's
 * {@code terminateOnly} flag, as {@code StoppableStep.stop} sets it), so the execution ends STOPPED, its file's rows are
 * discarded by the job's failed-attempt listener and the file, still in the inbox, is taken again from the beginning
 * by the next run; a job not started yet ends STOPPED at once; a decided file is still moved and answered, and a report
 * folder being written is still published (each takes seconds). The flag is set on the live, in-memory step execution
 * rather than through {@code JobOperator.stop}, whose second write of the same step row races the step's own writes
 * (spring-batch#5308: the loser is an optimistic-locking failure, or a step left UNKNOWN that can never be restarted).
 */
public class GracefulStop implements SmartLifecycle, JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

    private final Duration wait;
    private final Set<JobExecution> live = ConcurrentHashMap.newKeySet();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private int working;
    private volatile boolean stopping;
    private volatile boolean running;

    GracefulStop(Duration wait) {
        this.wait = wait;
    }

    /** Whether a stop was asked for: work not started yet must not start, work under way ends at its next safe point. */
    public boolean stopping() {
        return stopping;
    }

    /** Marks work under way until the returned handle is closed; a stop waits for it. */
    public Work begin() {
        lock.lock();
        try {
            working++;
            return this::end;
        } finally {
            lock.unlock();
        }
    }

    private void end() {
        lock.lock();
        try {
            if (--working == 0) {
                idle.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void beforeJob(JobExecution execution) {
        if (stopping) {
            // Spring Batch treats an execution found STOPPING before its first step as interrupted: it ends STOPPED
            execution.setStatus(BatchStatus.STOPPING);
        } else {
            live.add(execution);
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        live.remove(execution);
    }

    @Override
    public void start() {
        // a context may be stopped and started again (the test framework pauses cached contexts): work may go on
        stopping = false;
        running = true;
    }

    @Override
    public void stop() {
        stopping = true;
        running = false;
        live.forEach(GracefulStop::terminate);
        lock.lock();
        try {
            long left = wait.toNanos();
            if (working > 0) {
                log.warn("Nhận tín hiệu dừng: chờ việc đang làm tới điểm dừng an toàn (tối đa {} giây).",
                        wait.toSeconds());
            }
            while (working > 0 && left > 0) {
                // again and again: a step that started after the last look (the file's next sheet) stops too
                long slept = Math.min(left, TimeUnit.MILLISECONDS.toNanos(200));
                idle.awaitNanos(slept);
                left -= slept;
                live.forEach(GracefulStop::terminate);
            }
            if (working > 0) {
                log.error("Việc đang làm chưa tới điểm dừng an toàn sau {} giây; chương trình dừng hẳn. Lần chạy sau sẽ "
                        + "đánh dấu lần nạp dở là thất bại và nạp lại tệp từ đầu.", wait.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    private static void terminate(JobExecution execution) {
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setTerminateOnly();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped first, while every bean the work needs (the database pool, the job repository) is still there. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /** Work under way; closing it says the work has ended. */
    @FunctionalInterface
    public interface Work extends AutoCloseable {
        @Override
        void close();
    }
}
