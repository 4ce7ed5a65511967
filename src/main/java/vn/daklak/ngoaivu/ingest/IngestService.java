package vn.daklak.ngoaivu.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daklak.ngoaivu.ingest.FileOutcome.Outcome;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.YearPeriod;
import vn.daklak.ngoaivu.reference.ReferenceService;
import vn.daklak.ngoaivu.reference.ReferenceSync;
import vn.daklak.ngoaivu.report.PendingReports;

/**
 * Entry point of the nightly ingest: recovers what a dead run left (executions marked running, decided files not
 * moved or answered, missing feedback), brings the master data up to date, then takes every ready inbox file, oldest
 * first, through the ingest job. One bad file never stops the others. Call it only while holding the {@link RunLock}.
 */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final ReferenceService reference;
    private final RunPlanner planner;
    private final IngestJobRunner jobs;
    private final RunFiles runFiles;
    private final IngestProperties properties;
    private final PipelineRuns runs;
    private final StaleExecutions staleExecutions;
    private final SubmissionFinisher finisher;
    private final PendingReports pending;
    private final TransactionTemplate transaction;

    IngestService(ReferenceService reference, RunPlanner planner, IngestJobRunner jobs, RunFiles runFiles,
                  IngestProperties properties, PipelineRuns runs, StaleExecutions staleExecutions,
                  SubmissionFinisher finisher, PendingReports pending, PlatformTransactionManager transactions) {
        this.reference = reference;
        this.planner = planner;
        this.jobs = jobs;
        this.runFiles = runFiles;
        this.properties = properties;
        this.runs = runs;
        this.staleExecutions = staleExecutions;
        this.finisher = finisher;
        this.pending = pending;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Ingests {@code <inputRoot>/inbox}; {@code progress} receives one Vietnamese line per file. The run is recorded in
     * pipeline_run, with its end even when it fails midway.
     */
    public IngestReport ingest(Path inputRoot, Path outputRoot, String command, Consumer<String> progress) {
        long runId = runs.start(command);
        IngestReport report;
        try {
            report = ingestRecorded(runId, inputRoot, outputRoot, progress);
        } catch (RuntimeException | Error e) {
            runs.fail(runId, e);
            throw e;
        }
        progress.accept(runs.finish(runId, report));
        return report;
    }

    private IngestReport ingestRecorded(long runId, Path inputRoot, Path outputRoot, Consumer<String> progress) {
        Instant start = Instant.now();
        List<FileOutcome> outcomes = new ArrayList<>(finishEarlierRun(inputRoot, outputRoot, progress));
        ReferenceSync sync = syncReference(inputRoot);
        if (sync.changed()) {
            progress.accept("Đã nạp lại danh mục cơ quan, đối tác và kế hoạch (có thay đổi).");
        }
        List<FileOutcome> restarted = jobs.restartOpenRuns(runId, inputRoot, outputRoot);
        say(restarted, "[lần nạp trước, chạy lại] ", progress);
        outcomes.addAll(restarted);
        InboxScanner.Scan scan = InboxScanner.scan(inputRoot.resolve("inbox"), start, properties.settleSeconds());
        scan.hidden().forEach(line -> log.info("Bỏ qua: {}", line));
        scan.leftInInbox().forEach(line -> {
            log.info("Để lại: {}", line);
            progress.accept("Để lại: " + line);
        });
        List<PlannedFile> planned = planner.plan(runId, scan.ready(), runFiles.openHashes());
        if (!planned.isEmpty()) {
            List<FileOutcome> taken = jobs.run(runId, inputRoot, outputRoot);
            say(taken, "", progress);
            outcomes.addAll(taken);
        }
        return new IngestReport(outcomes, scan.leftInInbox(), changedPeriods(outcomes),
                Duration.between(start, Instant.now()));
    }

    /** One line per file, numbered, in arrival order (the partitions run side by side; the lines come at the end). */
    private static void say(List<FileOutcome> outcomes, String prefix, Consumer<String> progress) {
        int n = 0;
        for (FileOutcome outcome : outcomes) {
            n++;
            String line = prefix + "[" + n + "/" + outcomes.size() + "] " + describe(outcome);
            log.info(line);
            progress.accept(line);
        }
    }

    /** New master data and the periods it changes are committed together: every period's reports show it. */
    private ReferenceSync syncReference(Path inputRoot) {
        return transaction.execute(status -> {
            ReferenceSync sync = reference.sync(inputRoot);
            if (sync.changed()) {
                pending.markEveryPeriodWithData();
            }
            return sync;
        });
    }

    /** What a run that died left unfinished: running executions, moved but unanswered files, lost feedback. */
    private List<FileOutcome> finishEarlierRun(Path inputRoot, Path outputRoot, Consumer<String> progress) {
        int recovered = staleExecutions.recover();
        if (recovered > 0) {
            progress.accept("Đã đánh dấu thất bại " + recovered + " lần nạp bị ngắt giữa chừng ở lần chạy trước; "
                    + "các tệp đó sẽ được nạp lại.");
        }
        List<FileOutcome> finished = finisher.resumeMoved(inputRoot, outputRoot);
        for (FileOutcome outcome : finished) {
            String line = "[hoàn tất lần chạy trước] " + describe(outcome);
            log.info(line);
            progress.accept(line);
        }
        List<String> repaired = finisher.repairFeedback(inputRoot, outputRoot);
        if (!repaired.isEmpty()) {
            progress.accept("Đã ghi lại " + repaired.size() + " tệp phản hồi bị thiếu hoặc rỗng: "
                    + String.join(", ", repaired));
        }
        return finished;
    }

    private static SortedSet<YearPeriod> changedPeriods(List<FileOutcome> outcomes) {
        SortedSet<YearPeriod> changed = new TreeSet<>();
        for (FileOutcome outcome : outcomes) {
            if ((outcome.outcome() == Outcome.ACCEPTED || outcome.outcome() == Outcome.REJECTED)
                    && outcome.year() != null && outcome.period() != null) {
                changed.add(new YearPeriod(outcome.year(), Period.valueOf(outcome.period())));
            }
        }
        return changed;
    }

    private static String describe(FileOutcome o) {
        StringBuilder line = new StringBuilder(o.fileName()).append(": ").append(o.outcome().label());
        if (o.agencyCode() != null) {
            line.append(" (").append(o.agencyCode());
            if (o.year() != null) {
                line.append(", ").append(o.year()).append(' ').append(o.period());
            }
            line.append(')');
        }
        if (o.outcome() == Outcome.ACCEPTED || o.outcome() == Outcome.REJECTED) {
            line.append(", ").append(o.errors()).append(" lỗi, ").append(o.warnings()).append(" cảnh báo");
        }
        return line.append(" — ").append(o.message()).toString();
    }
}
