package vn.daklak.ngoaivu.cli;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL, used only when no {@code spring.datasource.url} is configured.
 *
 * @param dataRoot    the folder holding the server's data ({@code postgres/}) and binaries ({@code postgres-bin/})
 * @param joinRunning whether this command may use a server another command of ours has started and will stop when
 *                    it ends (true for the short, read-only {@code status}, which the {@link Launcher} sets)
 */
@ConfigurationProperties("ngvh.embedded-database")
record EmbeddedDatabaseSettings(@DefaultValue("data") Path dataRoot, @DefaultValue("false") boolean joinRunning) {

    Path dataDirectory() {
        return dataRoot.resolve("postgres").toAbsolutePath();
    }
}
