package vn.daklak.ngoaivu.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.ingest.FileOutcome;
import vn.daklak.ngoaivu.ingest.IngestReport;
import vn.daklak.ngoaivu.ingest.IngestService;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.YearPeriod;
import vn.daklak.ngoaivu.report.PeriodFigures;
import vn.daklak.ngoaivu.report.PeriodFiguresQuery;
import vn.daklak.ngoaivu.report.ReportService;

/** The commands that work on the database, run inside the Spring context. Each returns the process exit code. */
@Component
class Commands {

    private final IngestService ingest;
    private final ReportService reports;
    private final StatusQuery status;
    private final PeriodFiguresQuery figures;

    Commands(IngestService ingest, ReportService reports, StatusQuery status, PeriodFiguresQuery figures) {
        this.ingest = ingest;
        this.reports = reports;
        this.status = status;
        this.figures = figures;
    }

    int execute(CommandLine line, PrintStream out) {
        return switch (line.command()) {
            case RUN -> run(line, out, true);
            case INGEST -> run(line, out, false);
            case REPORT -> report(line.year(), line.period(), line.output(), out);
            case STATUS -> status(out);
            default -> throw new IllegalStateException("not a database command: " + line.command());
        };
    }

    private int run(CommandLine line, PrintStream out, boolean withReports) {
        IngestReport report = ingest.ingest(line.input(), line.output(), line.command().name().toLowerCase(), out::println);
        if (withReports) {
            SortedSet<YearPeriod> periods = new TreeSet<>(report.changedPeriods());
            if (report.referenceChanged()) {
                periods.addAll(periodsWithData());
            }
            for (YearPeriod p : periods) {
                report(p.year(), p.period(), line.output(), out);
            }
            if (periods.isEmpty()) {
                out.println("Không có kỳ báo cáo nào thay đổi; không cần lập lại báo cáo.");
            }
        }
        return report.count(FileOutcome.Outcome.FAILED) > 0 ? 1 : 0;
    }

    private int report(int year, Period period, Path output, PrintStream out) {
        Path folder = reports.rebuild(year, period, output);
        out.println("Đã lập báo cáo " + year + " " + period + ": " + folder);
        return 0;
    }

    private int status(PrintStream out) {
        out.println("Các lần chạy gần nhất:");
        status.recentRuns(10).forEach(l -> out.println("  " + l));
        out.println("Tình hình nộp báo cáo theo kỳ:");
        for (YearPeriod p : status.periods()) {
            PeriodFigures f = figures.load(p.year(), p.period());
            out.println("  " + StatusLine.of(p, f));
        }
        return 0;
    }

    private SortedSet<YearPeriod> periodsWithData() {
        return new TreeSet<>(status.periods());
    }
}
