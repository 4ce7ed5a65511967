package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import vn.daklak.ngoaivu.TestDatabase;

/** The COPY stream against a real PostgreSQL: what goes in comes back, across hand-overs, pauses and a cancel. */
class SheetCopyTest {

    /** (text, number, amount) rows of a temporary table of this test's own. */
    private record Probe(String text, Integer number, BigDecimal amount) {
    }

    private static final RowTable<Probe> PROBE = new RowTable<>(null, null, "sheet_copy_probe",
            List.of("text", "number", "amount"), p -> Arrays.asList(p.text(), p.number(), p.amount()),
            p -> Map.of(), List.of());

    private Connection connection;
    private int released;

    @BeforeEach
    void connect() throws SQLException {
        connection = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password());
        try (Statement s = connection.createStatement()) {   // outside the transaction: a rollback keeps it
            s.execute("CREATE TEMP TABLE sheet_copy_probe (submission_id bigint, text text, number int, "
                    + "amount numeric)");
        }
        connection.setAutoCommit(false);
    }

    @AfterEach
    void disconnect() throws SQLException {
        connection.close();
    }

    @Test
    void everyTextComesBackAsItWasWhateverItsCharactersOrEscapes() throws SQLException {
        List<Probe> rows = List.of(
                new Probe("Giao lưu văn hóa Việt – Hàn, Buôn Ma Thuột", 1, new BigDecimal("1500000.50")),
                new Probe("tab\there, newline\nthere, return\r, backslash \\ and \\N", -42, null),
                new Probe("emoji 🎉 and Chữ Nôm 𠀧, lone \uD800 surrogate", null, new BigDecimal("-0.001")),
                new Probe(null, 123456789, BigDecimal.ZERO),
                new Probe("", 0, new BigDecimal("1E+3")));

        try (SheetCopy<Probe> copy = open(7)) {
            copy.add(rows);
            copy.pause();
            assertThat(copy.rows()).isEqualTo(rows.size());
        }

        List<Probe> back = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery(
                     "SELECT submission_id, text, number, amount FROM sheet_copy_probe ORDER BY ctid")) {
            while (rs.next()) {
                assertThat(rs.getLong(1)).isEqualTo(7);
                back.add(new Probe(rs.getString(2), (Integer) rs.getObject(3), rs.getBigDecimal(4)));
            }
        }
        assertThat(back).extracting(Probe::text).containsExactly(rows.get(0).text(), rows.get(1).text(),
                "emoji 🎉 and Chữ Nôm 𠀧, lone ? surrogate", null, "");
        assertThat(back).extracting(Probe::number).containsExactly(1, -42, null, 123456789, 0);
        assertThat(back).extracting(p -> p.amount() == null ? null : p.amount().toPlainString())
                .containsExactly("1500000.50", null, "-0.001", "0", "1000");
        assertThat(released).isOne();
    }

    @Test
    void rowsSpanningManyHandOversAndAPauseAllLandAndOtherStatementsRunWhilePaused() throws SQLException {
        List<Probe> chunk = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            chunk.add(new Probe("Hoạt động số " + i + " của kế hoạch ngoại giao văn hóa tỉnh Đắk Lắk", i, null));
        }
        try (SheetCopy<Probe> copy = open(1)) {
            for (int c = 0; c < 5; c++) {
                copy.add(chunk);   // about 80 KB a chunk: more than one hand-over each
            }
            copy.pause();
            assertThat(count()).isEqualTo(5000);   // the connection serves a query between two COPYs
            copy.add(chunk);
            copy.pause();
            copy.pause();   // nothing more to end
        }
        assertThat(count()).isEqualTo(6000);
    }

    @Test
    void aStreamClosedInTheMiddleIsCancelledAndTheConnectionStaysUsable() throws SQLException {
        List<Probe> chunk = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            chunk.add(new Probe("dòng " + i, i, null));
        }
        try (SheetCopy<Probe> copy = open(1)) {
            copy.add(chunk);   // sent, never ended: a failure elsewhere in the file
        }
        connection.rollback();
        assertThat(count()).isZero();
        assertThat(released).isOne();
    }

    private SheetCopy<Probe> open(long submission) throws SQLException {
        return new SheetCopy<>(PROBE, submission, connection.unwrap(PGConnection.class).getCopyAPI(),
                () -> released++);
    }

    private long count() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sheet_copy_probe")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
