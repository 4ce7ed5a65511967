package vn.daklak.ngoaivu.schedule;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each schedule's last fire time and counts (table {@code schedule_fire}). The last fire time is what makes a start
 * after a shutdown run a missed schedule once: see {@link CatchUp}.
 */
@Repository
class FireLog {

    private final JdbcClient jdbc;

    FireLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scheduled time of the schedule's latest fire (or {@link #accountedUpTo}); empty when never seen. */
    Optional<Instant> lastFired(String name) {
        return jdbc.sql("SELECT last_fired_at FROM schedule_fire WHERE name = ?").param(name)
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    /**
     * Records that nothing before {@code at} is missed: for a schedule seen for the first time, or one that is off
     * (its fires while off are not owed when it is turned on again).
     */
    void accountedUpTo(String name, Instant at) {
        jdbc.sql("""
                INSERT INTO schedule_fire (name, last_fired_at) VALUES (?, ?)
                ON CONFLICT (name) DO UPDATE SET last_fired_at = greatest(schedule_fire.last_fired_at,
                                                                          excluded.last_fired_at)""")
                .params(name, at.atOffset(ZoneOffset.UTC)).update();
    }

    /** Records a fire for its scheduled time (before the work, so a crash midway is not taken for a missed fire). */
    void fired(String name, Instant scheduledAt) {
        jdbc.sql("""
                INSERT INTO schedule_fire (name, last_fired_at, fired) VALUES (?, ?, 1)
                ON CONFLICT (name) DO UPDATE SET last_fired_at = excluded.last_fired_at,
                                                 fired = schedule_fire.fired + 1""")
                .params(name, scheduledAt.atOffset(ZoneOffset.UTC)).update();
    }

    /** Counts a fire that did nothing because another run held the single-run lock. */
    void skipped(String name) {
        jdbc.sql("UPDATE schedule_fire SET skipped = skipped + 1 WHERE name = ?").param(name).update();
    }

    /** How many fires of the schedule were skipped so far. */
    int skippedCount(String name) {
        return jdbc.sql("SELECT coalesce(max(skipped), 0) FROM schedule_fire WHERE name = ?").param(name)
                .query(Integer.class).single();
    }
}
