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
    private final FileProgress fileProgress;
    private final TransactionTemplate transaction;

    IngestService(ReferenceService reference, RunPlanner planner, IngestJobRunner jobs, RunFiles runFiles,
                  IngestProperties properties, PipelineRuns runs, StaleExecutions staleExecutions,
                  SubmissionFinisher finisher, PendingReports pending, FileProgress fileProgress,
                  PlatformTransactionManager transactions) {
        this.reference = reference;
        this.planner = planner;
        this.jobs = jobs;
        this.runFiles = runFiles;
        this.properties = properties;
        this.runs = runs;
        this.staleExecutions = staleExecutions;
        this.finisher = finisher;
        this.pending = pending;
        this.fileProgress = fileProgress;
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
        IngestJobRunner.Taken restarted = jobs.restartOpenRuns(runId, inputRoot, outputRoot);
        FileProgress.sayAll(restarted.outcomes(), "[lần nạp trước, chạy lại] ", progress);
        outcomes.addAll(restarted.outcomes());
        List<String> left = new ArrayList<>(sayLeft(restarted.left(), progress));
        InboxScanner.Scan scan = InboxScanner.scan(inputRoot.resolve("inbox"), start, properties.settleSeconds());
        scan.hidden().forEach(line -> log.info("Bỏ qua: {}", line));
        left.addAll(sayLeft(scan.leftInInbox(), progress));
        List<PlannedFile> planned = planner.plan(runId, scan.ready(), runFiles.openHashes());
        if (!planned.isEmpty()) {
            fileProgress.start(runId, planned.size(), progress);
            IngestJobRunner.Taken taken = jobs.run(runId, inputRoot, outputRoot);
            fileProgress.rest(taken.outcomes());
            outcomes.addAll(taken.outcomes());
            left.addAll(sayLeft(taken.left(), progress));
        }
        return new IngestReport(outcomes, List.copyOf(left), changedPeriods(outcomes),
                Duration.between(start, Instant.now()));
    }

    /** One line per file left in the inbox for the next run. */
    private static List<String> sayLeft(List<String> left, Consumer<String> progress) {
        left.forEach(line -> {
            log.info("Để lại: {}", line);
            progress.accept("Để lại: " + line);
        });
        return left;
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
            String line = "[hoàn tất lần chạy trước] " + FileProgress.describe(outcome);
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
}
