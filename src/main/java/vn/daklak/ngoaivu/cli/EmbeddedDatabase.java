package vn.daklak.ngoaivu.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The newcomer's default: a PostgreSQL 17 server run from the embedded binaries (Linux x86-64 only), its data kept
 * under {@code ./data/postgres} so it survives restarts. PostgreSQL refuses to run as root, so neither do we.
 * <p>
 * Only one process can start the server on one data folder. When another command of ours has already started it,
 * a command allowed to join (see {@link EmbeddedDatabaseSettings#joinRunning()}) uses that server, and so does any
 * command when the server was left running by a command that has ended; otherwise the command stops with
 * {@link EmbeddedDatabaseUnavailable#BUSY}. Only the command that started the server stops it.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    static final String ROOT_REFUSED = "Không chạy được PostgreSQL nhúng bằng tài khoản root (PostgreSQL từ chối chạy "
            + "với quyền root): hãy chạy bằng một tài khoản thường, hoặc chỉ tới một máy chủ PostgreSQL bằng "
            + "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/ngvh --spring.datasource.username=ngvh "
            + "(hoặc biến môi trường SPRING_DATASOURCE_URL).";

    private final EmbeddedPostgres started;
    private final String jdbcUrl;

    private EmbeddedDatabase(EmbeddedPostgres started, String jdbcUrl) {
        this.started = started;
        this.jdbcUrl = jdbcUrl;
    }

    /** Starts the server, or joins the one already running on the data folder when that is safe (see above). */
    static EmbeddedDatabase open(EmbeddedDatabaseSettings settings, PrintStream console) {
        if (runningAsRoot()) {
            throw new EmbeddedDatabaseUnavailable(ROOT_REFUSED, EmbeddedDatabaseUnavailable.REFUSED, null);
        }
        return openAsUser(settings, console);
    }

    static EmbeddedDatabase openAsUser(EmbeddedDatabaseSettings settings, PrintStream console) {
        Path dataDirectory = settings.dataDirectory();
        Optional<RunningServer> running = RunningServer.find(dataDirectory);
        if (running.isPresent()) {
            return join(running.get(), settings, console);
        }
        console.println("Dùng PostgreSQL nhúng, dữ liệu lưu tại " + settings.dataRoot().toAbsolutePath());
        try {
            return start(settings);
        } catch (IOException | RuntimeException e) {
            if (RunningServer.lockHeld(dataDirectory)) {
                // another command started the server at the same moment
                throw busy(dataDirectory, e);
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** Whether a command finding {@code server} on the data folder may use it rather than stop with BUSY. */
    static boolean mayJoin(RunningServer server, boolean joinRunning) {
        return server.answers() && (joinRunning || !server.owned());
    }

    private static EmbeddedDatabase join(RunningServer server, EmbeddedDatabaseSettings settings, PrintStream console) {
        if (!mayJoin(server, settings.joinRunning())) {
            throw busy(settings.dataDirectory(), null);
        }
        console.println("Dùng PostgreSQL nhúng đang chạy (cổng " + server.port() + "), dữ liệu lưu tại "
                + settings.dataRoot().toAbsolutePath());
        return new EmbeddedDatabase(null, "jdbc:postgresql://localhost:" + server.port() + "/" + DATABASE);
    }

    static EmbeddedDatabaseUnavailable busy(Path dataDirectory, Throwable cause) {
        return new EmbeddedDatabaseUnavailable("Một lệnh khác đang dùng PostgreSQL nhúng (dữ liệu tại " + dataDirectory
                + "): hãy chờ lệnh đó chạy xong rồi chạy lại lệnh này.", EmbeddedDatabaseUnavailable.BUSY, cause);
    }

    private static EmbeddedDatabase start(EmbeddedDatabaseSettings settings) throws IOException {
        Path dataDirectory = settings.dataDirectory();
        Files.createDirectories(dataDirectory.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(settings.dataRoot().resolve("postgres-bin").toAbsolutePath().toFile())
                .start();
        return new EmbeddedDatabase(postgres, postgres.getJdbcUrl(USER, DATABASE));
    }

    static boolean runningAsRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (LinkageError | RuntimeException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    /** Stops the server if this command started it; a joined server belongs to the command that started it. */
    @Override
    public void close() throws IOException {
        if (started != null) {
            started.close();
        }
    }
}
