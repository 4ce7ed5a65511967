package vn.daklak.ngoaivu.ops;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.daklak.ngoaivu.TestDatabase;

/**
 * A database of one test's own, on the test server, for the child processes it starts: created empty (the children
 * migrate it, as on a first install) and dropped at the end. Only this database is ever dropped.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final String name;
    private final String url;

    public ScratchDatabase() {
        String server = TestDatabase.url();
        name = "ngvh_test_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6)) + "_ops";
        execute(server, "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        int query = server.indexOf('?');
        String base = query < 0 ? server : server.substring(0, query);
        url = base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : server.substring(query));
    }

    public String url() {
        return url;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(new DriverManagerDataSource(url, TestDatabase.user(), TestDatabase.password()));
    }

    /** One value of a query, as text. */
    public String value(String sql) {
        return jdbc().sql(sql).query(String.class).single();
    }

    @Override
    public void close() {
        execute(TestDatabase.url(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String on, String sql) {
        try (Connection c = DriverManager.getConnection(on, TestDatabase.user(), TestDatabase.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
