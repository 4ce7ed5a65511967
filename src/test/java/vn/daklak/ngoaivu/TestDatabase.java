package vn.daklak.ngoaivu;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Each test run gets a database of its own on the configured server ({@code NGVH_TEST_DB_URL}, default
 * {@code 127.0.0.1:5432/test}, user {@code NGVH_TEST_DB_USER}): created when the JUnit session opens, with a random
 * name, and dropped when it closes. The configured database itself is only used to issue {@code CREATE DATABASE}, so
 * two runs at once on one server, or a person's own data in {@code test}, are never touched.
 */
public final class TestDatabase implements LauncherSessionListener {

    private static final String SERVER_URL = System.getenv().getOrDefault("NGVH_TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getenv().getOrDefault("NGVH_TEST_DB_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("NGVH_TEST_DB_PASSWORD", "");

    private static volatile String name;

    /** The JDBC URL of this run's database, creating it on first use (also outside a JUnit session, e.g. in a benchmark). */
    public static synchronized String url() {
        if (name == null) {
            String candidate = "ngvh_test_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
            execute("CREATE DATABASE " + candidate + " ENCODING 'UTF8' TEMPLATE template0");
            name = candidate;
        }
        return urlOf(name);
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        System.setProperty("ngvh.test.datasource.url", url());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        drop();
    }

    private static synchronized void drop() {
        if (name != null) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            name = null;
        }
    }

    private static String urlOf(String database) {
        int query = SERVER_URL.indexOf('?');
        String base = query < 0 ? SERVER_URL : SERVER_URL.substring(0, query);
        String rest = query < 0 ? "" : SERVER_URL.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + rest;
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER_URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database: \"" + sql + "\" failed on " + SERVER_URL + " as " + USER
                    + " (set NGVH_TEST_DB_URL / NGVH_TEST_DB_USER to a PostgreSQL server where this user may create "
                    + "databases): " + e.getMessage(), e);
        }
    }
}
