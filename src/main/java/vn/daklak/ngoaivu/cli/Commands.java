package vn.daklak.ngoaivu.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.dashboard.DashboardCommands;
import vn.daklak.ngoaivu.ingest.FileOutcome;
import vn.daklak.ngoaivu.ingest.IngestReport;
import vn.daklak.ngoaivu.ingest.IngestService;
import vn.daklak.ngoaivu.ingest.RunLock;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.YearPeriod;
import vn.daklak.ngoaivu.report.PendingReports;
import vn.daklak.ngoaivu.report.PendingReports.Pending;
import vn.daklak.ngoaivu.report.PeriodFigures;
import vn.daklak.ngoaivu.report.PeriodFiguresQuery;
import vn.daklak.ngoaivu.report.ReportService;

/**
 * The commands that work on the database, run inside the Spring context. Each returns the process exit code.
 * {@code run}, {@code ingest} and {@code report} run only while holding the {@link RunLock}; a second copy touches
 * nothing and exits with {@link #ANOTHER_RUN_IN_PROGRESS}. {@code status} never waits for a run.
 */
@Component
class Commands {

    /** Exit code of a command refused because another run holds the lock: nothing was done, nothing failed. */
    static final int ANOTHER_RUN_IN_PROGRESS = 3;

    private static final Logger log = LoggerFactory.getLogger(Commands.class);

    private final IngestService ingest;
    private final ReportService reports;
    private final PendingReports pending;
    private final RunLock lock;
    private final StatusQuery status;
    private final PeriodFiguresQuery figures;
    private final DashboardCommands dashboard;

    Commands(IngestService ingest, ReportService reports, PendingReports pending, RunLock lock, StatusQuery status,
             PeriodFiguresQuery figures, DashboardCommands dashboard) {
        this.dashboard = dashboard;
        this.ingest = ingest;
        this.reports = reports;
        this.pending = pending;
        this.lock = lock;
        this.status = status;
        this.figures = figures;
    }

    int execute(CommandLine line, PrintStream out) {
        return switch (line.command()) {
            case RUN, INGEST, REPORT -> exclusively(line, out);
            case STATUS -> status(out);
            case SERVE -> dashboard.serve(out);
            case USER -> dashboard.user(line.words(), line.role(), System.in, out);
            default -> throw new IllegalStateException("not a database command: " + line.command());
        };
    }

    private int exclusively(CommandLine line, PrintStream out) {
        RunLock.Attempt attempt = lock.tryAcquire();
        if (!attempt.acquired()) {
            out.println(attempt.refusal());
            return ANOTHER_RUN_IN_PROGRESS;
        }
        try (RunLock.Held held = attempt.held()) {
            return switch (line.command()) {
                case RUN -> run(line, out, true);
                case INGEST -> run(line, out, false);
                default -> report(line.year(), line.period(), line.output(), out) ? 0 : 1;
            };
        }
    }

    private int run(CommandLine line, PrintStream out, boolean withReports) {
        IngestReport report = ingest.ingest(line.input(), line.output(), line.command().name().toLowerCase(), out::println);
        boolean reportsBuilt = !withReports || rebuildPending(line.output(), out);
        return report.count(FileOutcome.Outcome.FAILED) > 0 || !reportsBuilt ? 1 : 0;
    }

    /** Rebuilds every pending period; one that fails stays pending for the next run and does not stop the others. */
    private boolean rebuildPending(Path output, PrintStream out) {
        List<Pending> due = pending.all();
        if (due.isEmpty()) {
            out.println("Không có kỳ báo cáo nào thay đổi; không cần lập lại báo cáo.");
        }
        boolean allBuilt = true;
        for (Pending p : due) {
            allBuilt &= report(p.period().year(), p.period().period(), output, out);
        }
        return allBuilt;
    }

    /** Rebuilds one period and clears it from the pending ones; false (with one line said) when it failed. */
    private boolean report(int year, Period period, Path output, PrintStream out) {
        var due = pending.find(year, period);
        try {
            Path folder = reports.rebuild(year, period, output);
            due.ifPresent(pending::clear);
            out.println("Đã lập báo cáo " + year + " " + period + ": " + folder);
            return true;
        } catch (RuntimeException e) {
            log.error("Lập báo cáo {} {} thất bại", year, period, e);
            out.println("Không lập được báo cáo " + new YearPeriod(year, period) + " (" + e.getMessage()
                    + "); kỳ này sẽ được lập lại ở lần chạy sau, chi tiết trong " + output.resolve("logs/ngvh.log"));
            return false;
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
        List<Pending> due = pending.all();
        if (!due.isEmpty()) {
            out.println("Các kỳ chờ lập lại báo cáo (ở lần chạy run tới): "
                    + String.join(", ", due.stream().map(p -> p.period().toString()).toList()));
        }
        return 0;
    }
}
