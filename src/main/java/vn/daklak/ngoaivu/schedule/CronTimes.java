package vn.daklak.ngoaivu.schedule;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.support.CronTrigger;

/**
 * A schedule's cron trigger (in its zone) that remembers the time it last scheduled: the task scheduler asks for the
 * next time only after a fire has run, so while a fire runs this is the time it was scheduled for, which the fire
 * records and reports (a late start, after a long run, still counts for its own time).
 */
final class CronTimes implements Trigger {

    private final Schedule schedule;
    private final CronTrigger cron;
    private volatile Instant scheduled;

    CronTimes(Schedule schedule) {
        this.schedule = schedule;
        this.cron = new CronTrigger(schedule.cronText(), schedule.zone());
    }

    @Override
    public Instant nextExecution(TriggerContext context) {
        Instant next = cron.nextExecution(context);
        scheduled = next;
        return next;
    }

    /** The time the running fire was scheduled for, in the schedule's zone. */
    ZonedDateTime scheduled() {
        return scheduled.atZone(schedule.zone());
    }
}
