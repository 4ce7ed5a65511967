package vn.daklak.ngoaivu.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of one test's own, on its own port, that the test may stop and start (never the shared server):
 * initdb'd as the {@code postgres} user under {@code /tmp}, and removed whole at the end.
 */
final class ThrowawayCluster implements AutoCloseable {

    private final Path bin;
    private final Path root;
    private final int port;
    private boolean running;

    private ThrowawayCluster(Path bin, Path root, int port) {
        this.bin = bin;
        this.root = root;
        this.port = port;
    }

    /** The PostgreSQL server binaries of this machine, when there are any. */
    static Optional<Path> binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb"))
                    && Files.isExecutable(b.resolve("pg_ctl"))).sorted(Comparator.reverseOrder()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** initdb, start, and a database {@code ngvh}. */
    static ThrowawayCluster create(Path bin) throws IOException, InterruptedException {
        Path root = Path.of("/tmp", "ngvh-ops-pg-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4)));
        ThrowawayCluster cluster = new ThrowawayCluster(bin, root, FaultScene.freePort());
        Files.createDirectories(root);
        cluster.run("chown", "postgres", root.toString());
        cluster.asPostgres(bin.resolve("initdb").toString(), "-D", root.resolve("data").toString(), "-U", "postgres",
                "--auth=trust", "--encoding=UTF8", "--no-locale");
        cluster.start();
        cluster.execute("CREATE DATABASE ngvh");
        return cluster;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/ngvh";
    }

    void start() throws IOException, InterruptedException {
        asPostgres(bin.resolve("pg_ctl").toString(), "-D", root.resolve("data").toString(), "-w", "-t", "120",
                "-l", root.resolve("server.log").toString(), "-o",
                "-p " + port + " -k " + root + " -c listen_addresses=127.0.0.1", "start");
        running = true;
    }

    /** Stops the server the way a restart or a crash of the database machine looks to its clients. */
    void stop() throws IOException, InterruptedException {
        asPostgres(bin.resolve("pg_ctl").toString(), "-D", root.resolve("data").toString(), "-w", "-m", "fast",
                "stop");
        running = false;
    }

    /** One value of a query on {@code ngvh}, as text. */
    String value(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), "postgres", "");
             Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void execute(String sql) throws IOException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IOException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (running) {
                stop();
            }
        } finally {
            run("rm", "-rf", root.toString());
        }
    }

    private void asPostgres(String... command) throws IOException, InterruptedException {
        List<String> words = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        words.addAll(List.of(command));
        run(words.toArray(String[]::new));
    }

    private void run(String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("ngvh-ops-pg", ".txt");
        try {
            Process p = new ProcessBuilder(command).directory(Path.of("/tmp").toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(3, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " failed:\n"
                        + Files.readString(out, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
