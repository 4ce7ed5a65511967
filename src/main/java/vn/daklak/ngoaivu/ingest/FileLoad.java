package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
            load(new SheetRowReader(opened.workbook(), inspection, SheetKind.TASKS, readable),
                    new SheetRowProcessor<>(RowTable.TASKS, year, period, header.agencyCode(), master),
                    new LoadedRowWriter<>(RowTable.TASKS, id, copier, store));
            load(new SheetRowReader(opened.workbook(), inspection, SheetKind.EVENTS, readable),
                    new SheetRowProcessor<>(RowTable.EVENTS, year, period, header.agencyCode(), master),
                    new LoadedRowWriter<>(RowTable.EVENTS, id, copier, store));
            load(new SheetRowReader(opened.workbook(), inspection, SheetKind.SPENDING, readable),
                    new SheetRowProcessor<>(RowTable.SPENDING, year, period, header.agencyCode(), master),
                    new LoadedRowWriter<>(RowTable.SPENDING, id, copier, store));
        }
        decision.decide(id);
        return id;
    }

    /** One table sheet, streamed: rows are written (COPY) in chunks of {@code chunk-size}, all in the file's transaction. */
    private <T> void load(SheetRowReader reader, SheetRowProcessor<T> processor, LoadedRowWriter<T> writer) {
        try (reader) {
            List<LoadedRow<T>> chunk = new ArrayList<>(properties.chunkSize());
            for (PositionedRow row = reader.read(); row != null; row = reader.read()) {
                LoadedRow<T> loaded = processor.process(row);
                if (loaded != null) {
                    chunk.add(loaded);
                }
                if (chunk.size() >= properties.chunkSize()) {
                    writer.write(new Chunk<>(chunk));
                    chunk = new ArrayList<>(properties.chunkSize());
                }
            }
            if (!chunk.isEmpty()) {
                writer.write(new Chunk<>(chunk));
            }
        }
    }
}
