package vn.daklak.ngoaivu.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The newcomer's default: a PostgreSQL 17 server run from the embedded binaries, its data kept under
 * {@code ./data/postgres} so it survives restarts. PostgreSQL refuses to run as root, so neither do we.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String ROOT_REFUSED = "Không chạy được PostgreSQL nhúng bằng tài khoản root (PostgreSQL từ chối chạy "
            + "với quyền root): hãy chạy bằng một tài khoản thường, hoặc chỉ tới một máy chủ PostgreSQL bằng "
            + "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test --spring.datasource.username=postgres "
            + "(hoặc biến môi trường SPRING_DATASOURCE_URL).\n"
            + "The embedded PostgreSQL cannot run as root: run as a normal user or point --spring.datasource.url at a server.";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataRoot) throws IOException {
        Path dataDir = dataRoot.resolve("postgres").toAbsolutePath();
        Files.createDirectories(dataDir.getParent());
        // initdb and server chatter belongs in no officer's console
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.zonky"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(dataRoot.resolve("postgres-bin").toAbsolutePath().toFile())
                .start();
        System.setProperty("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
        System.setProperty("spring.datasource.username", "postgres");
        System.setProperty("spring.datasource.password", "");
        return new EmbeddedDatabase(postgres);
    }

    static boolean runningAsRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (LinkageError | RuntimeException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
