package vn.daklak.ngoaivu.ingest;

import java.sql.SQLException;
import java.util.List;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * One sheet's rows streamed into its table by one {@code COPY … FROM STDIN} on the connection of the file's
 * transaction. PostgreSQL inserts the rows (its own process, the other core) while the next ones are read and checked:
 * a COPY per chunk made the reader wait for each chunk's insert to finish (issue 10: 1.5 s of a 200,000-row workbook
 * spent waiting). Rows are encoded into a buffer handed on every {@link #SEND_BYTES}.
 * <p>
 * No other statement may run on the connection while a COPY is open: {@link #pause()} ends it (so the sheet's problems
 * can be written), and the next rows open a new one. Not thread-safe; one per sheet, closed by its caller.
 */
final class SheetCopy<T> implements AutoCloseable {

    /** Large enough that a hand-over costs nothing per row, small enough to keep PostgreSQL busy from the start. */
    static final int SEND_BYTES = 1 << 16;

    private final RowTable<T> table;
    private final long submissionId;
    private final CopyManager copyManager;
    private final Runnable release;
    private final CopyText text = new CopyText(SEND_BYTES + (SEND_BYTES >> 2));
    private CopyIn open;
    private long rows;

    SheetCopy(RowTable<T> table, long submissionId, CopyManager copyManager, Runnable release) {
        this.table = table;
        this.submissionId = submissionId;
        this.copyManager = copyManager;
        this.release = release;
    }

    RowTable<T> table() {
        return table;
    }

    /** Adds rows to the stream; they are sent as the buffer fills and stored when the transaction commits. */
    void add(List<T> chunk) {
        for (T row : chunk) {
            text.row(submissionId, table.values().apply(row));
            rows++;
            if (text.size() >= SEND_BYTES) {
                send();
            }
        }
    }

    /** Sends what is buffered and ends the COPY under way, so that other statements may use the connection. */
    void pause() {
        send();
        if (open != null) {
            CopyIn ending = open;
            open = null;
            try {
                ending.endCopy();
            } catch (SQLException e) {
                throw failure(e);
            }
        }
    }

    /** Rows added so far. */
    long rows() {
        return rows;
    }

    /** Cancels a COPY left open by a failure (the transaction then rolls back) and releases the connection. */
    @Override
    public void close() {
        try {
            if (open != null && open.isActive()) {
                open.cancelCopy();
            }
        } catch (SQLException e) {
            // the failure that left it open is what gets reported; the rollback discards the rows either way
        } finally {
            open = null;
            release.run();
        }
    }

    private void send() {
        if (text.size() == 0) {
            return;
        }
        try {
            if (open == null) {
                open = copyManager.copyIn(RowCopier.copySql(table));
            }
            open.writeToCopy(text.buffer(), 0, text.size());
            text.clear();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private DataAccessResourceFailureException failure(SQLException e) {
        return new DataAccessResourceFailureException("COPY vào bảng " + table.table() + " thất bại", e);
    }
}
