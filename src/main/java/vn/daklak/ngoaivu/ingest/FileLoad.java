package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.SheetKind;
import vn.daklak.ngoaivu.reference.ReferenceData;
import vn.daklak.ngoaivu.reference.ReferenceService;

/**
 * Loads one file in ONE transaction of our own: register it, inspect it (SUBMISSION-FORMAT 3.7), stream each table
 * sheet through the row processor to COPY, decide. All or nothing per file comes from the transaction itself: a
 * failure or a dead process leaves no trace of the attempt, and the file is simply taken again. No job-repository
 * work is done per file (issue 10: that was 70% of a small file's time).
 */
@Component
class FileLoad {

    private final SubmissionStore store;
    private final ReferenceService reference;
    private final RowCopier copier;
    private final SubmissionDecision decision;
    private final IngestProperties properties;
    private final TransactionTemplate transaction;

    FileLoad(SubmissionStore store, ReferenceService reference, RowCopier copier, SubmissionDecision decision,
             IngestProperties properties, PlatformTransactionManager transactions) {
        this.store = store;
        this.reference = reference;
        this.copier = copier;
        this.decision = decision;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Loads and decides the file; returns its submission id, committed. */
    long load(PlannedFile file) {
        Long id = transaction.execute(status -> loadInTransaction(file));
        return id;
    }

    private long loadInTransaction(PlannedFile file) {
        ReferenceData master = reference.current();
        long id;
        try {
            id = store.begin(file.sha256(), file.name(), Files.size(file.path()), file.receivedAt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SubmissionInspector inspector = new SubmissionInspector(master);
        try (SubmissionInspector.Opened opened = inspector.open(file.path())) {
            Inspection inspection = opened.inspection();
            SubmissionHeader header = inspection.header();
            store.saveHeader(id, header);
            store.addProblems(id, inspection.problems());
            boolean readable = inspection.rowsReadable();
            int year = readable ? header.year() : 0;
            var period = readable ? header.period() : null;
            load(new SheetRowReader(opened.workbook(), inspection, SheetKind.TASKS, readable), id, RowTable.TASKS,
                    new SheetRowProcessor<>(RowTable.TASKS, year, period, header.agencyCode(), master));
            load(new SheetRowReader(opened.workbook(), inspection, SheetKind.EVENTS, readable), id, RowTable.EVENTS,
                    new SheetRowProcessor<>(RowTable.EVENTS, year, period, header.agencyCode(), master));
            load(new SheetRowReader(opened.workbook(), inspection, SheetKind.SPENDING, readable), id,
                    RowTable.SPENDING, new SheetRowProcessor<>(RowTable.SPENDING, year, period, header.agencyCode(),
                    master));
        }
        decision.decide(id);
        return id;
    }

    /**
     * One table sheet, streamed: its rows go to one COPY stream in chunks of {@code chunk-size}, all in the file's
     * transaction. Problems wait in a list of at most a chunk's size (memory stays flat whatever the file): the COPY
     * is paused to write them, since the connection runs one statement at a time.
     */
    private <T> void load(SheetRowReader reader, long id, RowTable<T> table, SheetRowProcessor<T> processor) {
        int chunkSize = properties.chunkSize();
        try (reader; SheetCopy<T> copy = copier.open(table, id)) {
            List<T> chunk = new ArrayList<>(chunkSize);
            List<Problem> problems = new ArrayList<>();
            for (PositionedRow row = reader.read(); row != null; row = reader.read()) {
                LoadedRow<T> loaded = processor.process(row);
                if (loaded == null) {
                    continue;
                }
                if (loaded.row() != null) {
                    chunk.add(loaded.row());
                }
                problems.addAll(loaded.problems());
                if (chunk.size() >= chunkSize) {
                    copier.copy(copy, chunk);
                    chunk.clear();
                }
                if (problems.size() >= chunkSize) {
                    writeProblems(id, copy, chunk, problems);
                }
            }
            writeProblems(id, copy, chunk, problems);
        }
    }

    /** Ends the COPY under way (rows first: a problem never lands before the rows read ahead of it) and writes them. */
    private <T> void writeProblems(long id, SheetCopy<T> copy, List<T> chunk, List<Problem> problems) {
        if (!chunk.isEmpty()) {
            copier.copy(copy, chunk);
            chunk.clear();
        }
        copy.pause();
        store.addProblems(id, problems);
        problems.clear();
    }
}
