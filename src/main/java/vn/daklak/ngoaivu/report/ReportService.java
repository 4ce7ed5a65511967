package vn.daklak.ngoaivu.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.support.DiskFull;
import vn.daklak.ngoaivu.support.VietnameseNumbers;

/**
 * Rebuilds the consolidated reports of one (year, period) under {@code <outputRoot>/reports/<year>/<period>/}.
 * The folder is replaced as a whole (see {@link PeriodFolder}). Charts come from a {@link ReportCharts} bean when
 * one exists.
 */
@Service
public class ReportService {

    private static final Logger log = LoggerFactory.getLogger(ReportService.class);
    /** Sub-folder of the period folder where the chart renderer puts its PNG files. */
    static final String CHART_FOLDER = "charts";

    private final PeriodFiguresQuery query;
    private final SummaryJsonWriter summaryWriter;
    private final ConsolidatedWorkbookWriter workbookWriter;
    private final CsvExports csvExports;
    private final ReportDocxWriter reportDocx;
    private final ReminderLetterWriter reminderLetter;
    private final ReportCharts charts;
    private final BriefingDeckWriter briefingDeck;
    private final TransactionTemplate snapshot;

    public ReportService(PeriodFiguresQuery query, SummaryJsonWriter summaryWriter,
            ConsolidatedWorkbookWriter workbookWriter, CsvExports csvExports, ReportDocxWriter reportDocx,
            ReminderLetterWriter reminderLetter, ObjectProvider<ReportCharts> charts,
            BriefingDeckWriter briefingDeck, PlatformTransactionManager transactions) {
        this.query = query;
        this.summaryWriter = summaryWriter;
        this.workbookWriter = workbookWriter;
        this.csvExports = csvExports;
        this.reportDocx = reportDocx;
        this.reminderLetter = reminderLetter;
        this.charts = charts.getIfAvailable(() -> (figures, folder) -> List.of());
        this.briefingDeck = briefingDeck;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * Writes every report of the period and returns the period's folder. The figures are read, and the rows the
     * reports list streamed, in one read-only, repeatable-read transaction, so a report never mixes two states of the
     * data; on any failure the staging folder is removed and the previous reports stay as they were.
     */
    public Path rebuild(int year, Period period, Path outputRoot) {
        Path target = outputRoot.resolve("reports").resolve(Integer.toString(year)).resolve(period.name());
        long start = System.nanoTime();
        PeriodFigures figures = snapshot.execute(status -> write(query.load(year, period), target));
        log.info("Đã lập báo cáo {} {} trong {} giây: {} cơ quan đã báo cáo, {} chưa báo cáo", period, year,
                VietnameseNumbers.decimal(BigDecimal.valueOf((System.nanoTime() - start) / 1_000_000, 3)),
                figures.acceptedCodes().size(), figures.missingCodes().size());
        return target;
    }

    private PeriodFigures write(PeriodFigures figures, Path target) {
        Path staging = null;
        boolean published = false;
        try {
            staging = PeriodFolder.createStaging(target);
            writeAll(figures, staging);
            PeriodFolder.publish(staging, target);
            published = true;
        } catch (IOException e) {
            throw new UncheckedIOException(DiskFull.explain(e, target, staging)
                    .orElse("Không ghi được báo cáo tổng hợp vào " + target), e);
        } catch (RuntimeException e) {
            // the writers' libraries wrap the file system's error in their own exceptions
            Optional<String> full = DiskFull.explain(e, target, staging);
            if (full.isPresent()) {
                throw new IllegalStateException(full.get(), e);
            }
            throw e;
        } finally {
            if (!published) {
                cleanUp(staging);
            }
        }
        return figures;
    }

    /**
     * The files of a set on both cores. The writers that read rows from the database (the CSV files, the workbook, the
     * Word report's notable activities) stay on this thread, inside the report's snapshot transaction; the charts,
     * the briefing deck and the reminder letter, made from the figures alone, go to a second thread. Whatever
     * happens, that thread has stopped writing into the folder before this returns (and the folder is published or
     * removed).
     */
    private void writeAll(PeriodFigures figures, Path folder) throws IOException {
        PhaseTimes times = new PhaseTimes();
        ExecutorService second = Executors.newSingleThreadExecutor(task -> new Thread(task, "report-writer"));
        try {
            Path chartFolder = Files.createDirectories(folder.resolve(CHART_FOLDER));
            Future<List<ChartImage>> drawn = second.submit(() -> times.timed("biểu đồ",
                    () -> charts.render(figures, chartFolder)));
            times.timed("summary.json", () -> summaryWriter.write(figures, folder));
            times.timed("csv", () -> {
                csvExports.write(figures, folder);
                return null;
            });
            List<ChartImage> images = finished(drawn);
            Future<Object> letters = second.submit(() -> {
                times.timed("pptx", () -> briefingDeck.write(figures, images, folder));
                return times.timed("công văn", () -> reminderLetter.write(figures, folder));
            });
            times.timed("xlsx", () -> workbookWriter.write(figures, folder, images));
            times.timed("docx", () -> reportDocx.write(figures, images, folder));
            finished(letters);
        } finally {
            second.shutdownNow();
            awaitStop(second);
        }
        log.info("Các phần của báo cáo {} {} (giây, hai luồng song song): {}", figures.period(), figures.year(), times);
    }

    /** The task's result, its failure thrown as it was thrown there. */
    private static <T> T finished(Future<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Lập báo cáo bị ngắt", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void awaitStop(ExecutorService second) {
        try {
            while (!second.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("Đang chờ luồng lập báo cáo thứ hai dừng");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void cleanUp(Path staging) {
        if (staging == null) {
            return;
        }
        try {
            PeriodFolder.deleteTree(staging);
        } catch (IOException | UncheckedIOException e) {
            log.warn("Không xoá được thư mục tạm {}", staging, e);
        }
    }
}
