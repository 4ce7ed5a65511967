package vn.daklak.ngoaivu.schedule;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The fire a schedule missed while serve was not running: when its cron expression fired at least once between its
 * last recorded fire and now, the latest of those times, once. Three nights off give one run at the next start, not
 * three: each would do the same work on the same inbox.
 */
final class CatchUp {

    private CatchUp() {
    }

    /** The latest fire time in ({@code lastFired}, {@code now}], or empty when none fell in it. */
    static Optional<ZonedDateTime> missed(Schedule schedule, Instant lastFired, Instant now) {
        Optional<ZonedDateTime> latest = Optional.empty();
        Optional<ZonedDateTime> next = schedule.nextAfter(lastFired);
        while (next.isPresent() && !next.get().toInstant().isAfter(now)) {
            latest = next;
            next = schedule.nextAfter(next.get().toInstant());
        }
        return latest;
    }
}
