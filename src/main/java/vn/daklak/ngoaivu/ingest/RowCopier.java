package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Loads typed rows with PostgreSQL's COPY on the connection of the current transaction (several times faster than
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
        StringWriter csv = new StringWriter(rows.size() * 128);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
            for (T row : rows) {
                List<Object> values = new ArrayList<>(table.values().apply(row));
                values.add(0, submissionId);
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn(table.copySql(), new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("COPY vào bảng " + table.table() + " thất bại", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
