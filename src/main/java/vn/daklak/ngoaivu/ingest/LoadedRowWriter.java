package vn.daklak.ngoaivu.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import vn.daklak.ngoaivu.format.Problem;

/** Writes a chunk of normalised rows (COPY) and their problems, inside the chunk's transaction. */
class LoadedRowWriter<T> implements ItemWriter<LoadedRow<T>> {

    private final RowTable<T> table;
    private final long submissionId;
    private final RowCopier copier;
    private final SubmissionStore store;

    LoadedRowWriter(RowTable<T> table, long submissionId, RowCopier copier, SubmissionStore store) {
        this.table = table;
        this.submissionId = submissionId;
        this.copier = copier;
        this.store = store;
    }

    @Override
    public void write(Chunk<? extends LoadedRow<T>> chunk) {
        List<T> rows = new ArrayList<>();
        chunk.getItems().stream().map(LoadedRow::row).filter(Objects::nonNull).forEach(rows::add);
        copier.copy(table, submissionId, rows);
        List<Problem> problems = new ArrayList<>();
        chunk.getItems().forEach(item -> problems.addAll(item.problems()));
        store.addProblems(submissionId, problems);
    }
}
