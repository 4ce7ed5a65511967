package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Loads typed rows with PostgreSQL's COPY (text format, {@link CopyText}) on the connection of the current transaction (several times faster than
 * batched INSERT), so a chunk's rows commit or roll back with the rest of the chunk.
 */
@Component
class RowCopier {

    private final DataSource dataSource;

    RowCopier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> long copy(RowTable<T> table, long submissionId, List<T> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        CopyText text = new CopyText(rows.size());
        for (T row : rows) {
            text.row(submissionId, table.values().apply(row));
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn(copySql(table), new StringReader(text.text()));
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("COPY vào bảng " + table.table() + " thất bại", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** COPY in its text format, the one {@link CopyText} writes. */
    static String copySql(RowTable<?> table) {
        return "COPY " + table.table() + " (submission_id, " + String.join(", ", table.columns()) + ") FROM STDIN";
    }
}
