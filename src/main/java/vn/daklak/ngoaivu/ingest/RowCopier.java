package vn.daklak.ngoaivu.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Loads typed rows with PostgreSQL's COPY (text format, {@link CopyText}) on the connection of the current
 * transaction (several times faster than batched INSERT), so a file's rows commit or roll back with the rest of the
 * file. One stream per sheet ({@link SheetCopy}), fed chunk by chunk.
 */
@Component
class RowCopier {

    private final DataSource dataSource;

    RowCopier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A COPY stream for one sheet's rows, on the transaction's connection; close it when the sheet is done. */
    <T> SheetCopy<T> open(RowTable<T> table, long submissionId) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return new SheetCopy<>(table, submissionId, connection.unwrap(PGConnection.class).getCopyAPI(),
                    () -> DataSourceUtils.releaseConnection(connection, dataSource));
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new DataAccessResourceFailureException("COPY vào bảng " + table.table() + " thất bại", e);
        }
    }

    /** Adds one chunk of a sheet's rows to its stream (the unit a failure is simulated on in the tests). */
    <T> void copy(SheetCopy<T> sheet, List<T> rows) {
        sheet.add(rows);
    }

    /** COPY in its text format, the one {@link CopyText} writes. */
    static String copySql(RowTable<?> table) {
        return "COPY " + table.table() + " (submission_id, " + String.join(", ", table.columns()) + ") FROM STDIN";
    }
}
