package vn.daklak.ngoaivu.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import vn.daklak.ngoaivu.support.DatabaseLoss;

/**
 * Entry point of the nightly ingest: recovers what a dead run left (executions marked running, decided files not
 * moved or answered, missing feedback), brings the master data up to date, then takes every ready inbox file, oldest
 * first, through the ingest job. One bad file never stops the others. Call it only while holding the {@link RunLock}.
 */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final ReferenceService reference;
    private final FileIngestor ingestor;
    private final IngestProperties properties;
    private final PipelineRuns runs;
    private final StaleExecutions staleExecutions;
    private final SubmissionFinisher finisher;
    private final PendingReports pending;
    private final TransactionTemplate transaction;

    IngestService(ReferenceService reference, FileIngestor ingestor, IngestProperties properties, PipelineRuns runs,
                  StaleExecutions staleExecutions, SubmissionFinisher finisher, PendingReports pending,
                  PlatformTransactionManager transactions) {
        this.reference = reference;
        this.ingestor = ingestor;
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
            report = ingestRecorded(inputRoot, outputRoot, progress);
        } catch (RuntimeException | Error e) {
            runs.fail(runId, e);
            throw e;
        }
        runs.finish(runId, report);
        progress.accept(report.countsLine() + String.format(" (%d dòng dữ liệu, %.1f giây)",
                report.rows(), report.elapsed().toMillis() / 1000.0));
        return report;
    }

    private IngestReport ingestRecorded(Path inputRoot, Path outputRoot, Consumer<String> progress) {
        Instant start = Instant.now();
        List<FileOutcome> outcomes = new ArrayList<>(finishEarlierRun(inputRoot, outputRoot, progress));
        ReferenceSync sync = syncReference(inputRoot);
        if (sync.changed()) {
            progress.accept("Đã nạp lại danh mục cơ quan, đối tác và kế hoạch (có thay đổi).");
        }
        InboxScanner.Scan scan = InboxScanner.scan(inputRoot.resolve("inbox"), start, properties.settleSeconds());
        scan.hidden().forEach(line -> log.info("Bỏ qua: {}", line));
        scan.leftInInbox().forEach(line -> {
            log.info("Để lại: {}", line);
            progress.accept("Để lại: " + line);
        });
        int n = 0;
        for (InboxFile file : scan.ready()) {
            n++;
            FileOutcome outcome = ingestOne(file, inputRoot, outputRoot);
            outcomes.add(outcome);
            String line = "[" + n + "/" + scan.ready().size() + "] " + describe(outcome);
            log.info(line);
            progress.accept(line);
        }
        return new IngestReport(outcomes, scan.leftInInbox(), changedPeriods(outcomes),
                Duration.between(start, Instant.now()));
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

    private FileOutcome ingestOne(InboxFile file, Path inputRoot, Path outputRoot) {
        try {
            return ingestor.ingest(file, inputRoot, outputRoot);
        } catch (Exception | StackOverflowError e) {
            Optional<String> lost = DatabaseLoss.cause(e);
            if (lost.isPresent()) {
                throw new DatabaseLoss.Lost(lost.get(), e);   // every later file would fail the same way
            }
            log.error("Xử lý {} thất bại", file.name(), e);
            return new FileOutcome(file.name(), Outcome.FAILED, null, null, null, 0, 0, 0, Messages.FAILED_LEFT);
        }
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
