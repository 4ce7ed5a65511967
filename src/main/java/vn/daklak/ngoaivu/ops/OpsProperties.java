package vn.daklak.ngoaivu.ops;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * How long the program waits on what it cannot control.
 *
 * @param databaseWait how long a command keeps trying to reach the database at start, with growing pauses, before it
 *                     gives up with one line and exit code 1 ({@code ngvh.database.wait})
 * @param stopWait     how long a stop signal waits for the work under way to reach its next safe point
 *                     ({@code ngvh.shutdown.wait}); keep it under the service manager's own limit (systemd: 90 s)
 */
@ConfigurationProperties("ngvh")
public record OpsProperties(@DefaultValue Database database, @DefaultValue Shutdown shutdown) {

    public Duration databaseWait() {
        return database.limit();
    }

    public Duration stopWait() {
        return shutdown.limit();
    }

    /** {@code ngvh.database.wait} (a record component cannot be called {@code wait}). */
    public record Database(@Name("wait") @DefaultValue("60s") Duration limit) {
    }

    /** {@code ngvh.shutdown.wait}. */
    public record Shutdown(@Name("wait") @DefaultValue("60s") Duration limit) {
    }
}
