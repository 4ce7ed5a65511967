package vn.daklak.ngoaivu.ingest;

import org.springframework.stereotype.Component;

/**
 * What a process that died mid-run (kill -9, power cut) left in the database: ingest executions still marked running,
 * and its run still open in pipeline_run. Call {@link #recover()} only while holding the {@link RunLock}: then no
 * other process is running, so whatever is marked running is dead. Every start that can take the lock does it
 * ({@code run}, {@code ingest}, {@code report}, and {@code serve} at start), so the state is right before anyone looks.
 */
@Component
public class DeadRuns {

    private final StaleExecutions executions;
    private final PipelineRuns runs;

    DeadRuns(StaleExecutions executions, PipelineRuns runs) {
        this.executions = executions;
        this.runs = runs;
    }

    /** Marks the dead run's executions failed (their files are taken again from the beginning) and closes its runs. */
    public Recovered recover() {
        return new Recovered(executions.recover(), runs.closeInterrupted());
    }

    /** How many ingest executions and pipeline runs were found left running by a dead process. */
    public record Recovered(int executions, int runs) {

        public boolean any() {
            return executions > 0 || runs > 0;
        }

        /** The line the console and the log show. */
        public String line() {
            return "Lần chạy trước bị ngắt giữa chừng (tiến trình dừng đột ngột): đã đánh dấu thất bại " + executions
                    + " lần nạp dở và đóng " + runs + " lần chạy; các tệp nạp dở vẫn ở inbox và sẽ được nạp lại từ đầu.";
        }
    }
}
