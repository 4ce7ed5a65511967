package vn.daklak.ngoaivu.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which fire a start after a shutdown owes: the latest missed one, once. */
class CatchUpTest {

    private static final Schedule NIGHTLY = ScheduleFile.parse(Path.of("jobs/nightly-run.properties"),
            List.of("command=run", "cron=0 0 2 * * *"));
    // 30/11/2026 09:00 in Vietnam
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void threeMissedNightsGiveOneRunForTheLatest() {
        Instant lastFired = ZonedDateTime.parse("2026-11-27T02:00+07:00[Asia/Ho_Chi_Minh]").toInstant();

        assertThat(CatchUp.missed(NIGHTLY, lastFired, NOW.instant()))
                .contains(ZonedDateTime.parse("2026-11-30T02:00+07:00[Asia/Ho_Chi_Minh]"));
    }

    @Test
    void nothingIsOwedWhenTheLastFireWasTheLatestOne() {
        Instant lastFired = ZonedDateTime.parse("2026-11-30T02:00+07:00[Asia/Ho_Chi_Minh]").toInstant();

        assertThat(CatchUp.missed(NIGHTLY, lastFired, NOW.instant())).isEmpty();
    }

    @Test
    void aFireDueExactlyNowIsOwed() {
        Instant lastFired = ZonedDateTime.parse("2026-11-29T02:00+07:00[Asia/Ho_Chi_Minh]").toInstant();
        Instant now = ZonedDateTime.parse("2026-11-30T02:00+07:00[Asia/Ho_Chi_Minh]").toInstant();

        assertThat(CatchUp.missed(NIGHTLY, lastFired, now))
                .contains(ZonedDateTime.parse("2026-11-30T02:00+07:00[Asia/Ho_Chi_Minh]"));
    }
}
