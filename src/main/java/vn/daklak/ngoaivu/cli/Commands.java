package vn.daklak.ngoaivu.cli;

import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.dashboard.DashboardCommands;
import vn.daklak.ngoaivu.ingest.IngestWorker;
import vn.daklak.ngoaivu.normalize.YearPeriod;
import vn.daklak.ngoaivu.pipeline.Pipeline;
import vn.daklak.ngoaivu.report.PendingReports;
import vn.daklak.ngoaivu.report.PendingReports.Pending;
import vn.daklak.ngoaivu.report.PeriodFigures;
import vn.daklak.ngoaivu.report.PeriodFiguresQuery;
import vn.daklak.ngoaivu.schedule.NextRuns;

/**
 * The commands that work on the database, run inside the Spring context. Each returns the process exit code.
 * {@code run}, {@code ingest} and {@code report} go through the {@link Pipeline}, which holds the single-run lock;
 * a second copy touches nothing and exits with {@link #ANOTHER_RUN_IN_PROGRESS}. {@code status} never waits for a run.
 */
@Component
class Commands {

    /** Exit code of a command refused because another run holds the lock: nothing was done, nothing failed. */
    static final int ANOTHER_RUN_IN_PROGRESS = 3;

    private final Pipeline pipeline;
    private final PendingReports pending;
    private final StatusQuery status;
    private final PeriodFiguresQuery figures;
    private final DashboardCommands dashboard;
    private final NextRuns schedules;
    private final IngestWorker worker;

    Commands(Pipeline pipeline, PendingReports pending, StatusQuery status, PeriodFiguresQuery figures,
             DashboardCommands dashboard, NextRuns schedules, IngestWorker worker) {
        this.dashboard = dashboard;
        this.schedules = schedules;
        this.worker = worker;
        this.pipeline = pipeline;
        this.pending = pending;
        this.status = status;
        this.figures = figures;
    }

    int execute(CommandLine line, PrintStream out) {
        return switch (line.command()) {
            case RUN, INGEST, REPORT -> exclusively(line, out);
            case STATUS -> status(out);
            case SERVE -> {
                pipeline.recoverAtStart(out::println);   // what a run killed with the machine left, before anyone looks
                yield dashboard.serve(out);
            }
            case USER -> dashboard.user(line.words(), line.role(), System.in, out);
            case WORKER -> worker(out);
            default -> throw new IllegalStateException("not a database command: " + line.command());
        };
    }

    private int exclusively(CommandLine line, PrintStream out) {
        Pipeline.Outcome outcome = switch (line.command()) {
            case RUN -> pipeline.run(line.input(), line.output(), out::println);
            case INGEST -> pipeline.ingest(line.input(), line.output(), out::println);
            default -> pipeline.report(line.year(), line.period(), line.output(), out::println);
        };
        return switch (outcome) {
            case DONE -> 0;
            case FAILED -> 1;
            case REFUSED -> ANOTHER_RUN_IN_PROGRESS;
        };
    }

    private int worker(PrintStream out) {
        try {
            return worker.serve(out::println);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private int status(PrintStream out) {
        out.println("Các lần chạy gần nhất:");
        status.recentRuns(10).forEach(l -> out.println("  " + l));
        out.println("Tình hình nộp báo cáo theo kỳ:");
        for (YearPeriod p : status.periods()) {
            PeriodFigures f = figures.load(p.year(), p.period());
            out.println("  " + StatusLine.of(p, f));
        }
        ScheduleStatus.lines(schedules.list()).forEach(out::println);
        List<Pending> due = pending.all();
        if (!due.isEmpty()) {
            out.println("Các kỳ chờ lập lại báo cáo (ở lần chạy run tới): "
                    + String.join(", ", due.stream().map(p -> p.period().toString()).toList()));
        }
        return 0;
    }
}
