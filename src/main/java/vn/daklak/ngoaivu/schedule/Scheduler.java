package vn.daklak.ngoaivu.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The schedules in {@code serve}: read and checked when the application starts (a faulty file stops the start, see
 * {@link ScheduleFileException}), then, once it is ready, each enabled one's missed fire is run once ({@link CatchUp})
 * and it is handed to a task scheduler with its cron expression and zone. The batch commands never start it.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class Scheduler implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

    private final List<Schedule> schedules;
    private final ScheduledWork work;
    private final FireLog fires;
    private final Clock clock;
    private final ThreadPoolTaskScheduler tasks = new ThreadPoolTaskScheduler();
    private final List<String> registered = new ArrayList<>();

    Scheduler(ScheduleFolder folder, ScheduledWork work, FireLog fires, ObjectProvider<Clock> clock) {
        this.schedules = folder.load();
        this.work = work;
        this.fires = fires;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        // One thread per schedule: a fire while another schedule's run holds the lock is refused and counted at its
        // own time, rather than queued behind that run and started late.
        tasks.setPoolSize(Math.max(1, schedules.size()));
        tasks.setThreadNamePrefix("ngvh-lich-");
        tasks.initialize();
        if (schedules.isEmpty()) {
            log.info("Không có lịch tác vụ nào trong {}", folder.folder().toAbsolutePath());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        for (Schedule schedule : schedules) {
            if (schedule.enabled()) {
                catchUp(schedule);
                CronTimes times = new CronTimes(schedule);
                tasks.schedule(() -> work.perform(schedule, times.scheduled()), times);
                registered.add(schedule.name());
                log.info("Lịch {}: {} theo cron \"{}\" ({})", schedule.name(), schedule.commandLine(),
                        schedule.cronText(), schedule.zone());
            } else {
                fires.accountedUpTo(schedule.name(), clock.instant());
            }
        }
    }

    /**
     * Starts, once and in the background, the fire an enabled schedule missed while serve was not running; returns
     * its scheduled time, or empty when none was missed.
     */
    Optional<ZonedDateTime> catchUp(Schedule schedule) {
        Instant now = clock.instant();
        Optional<Instant> last = fires.lastFired(schedule.name());
        if (last.isEmpty()) {
            fires.accountedUpTo(schedule.name(), now);
            return Optional.empty();
        }
        Optional<ZonedDateTime> missed = CatchUp.missed(schedule, last.get(), now);
        missed.ifPresent(at -> {
            log.info("Lịch {}: lần chạy lúc {} bị lỡ (máy chủ không chạy); chạy bù một lần", schedule.name(),
                    new ScheduleLines(schedule.name(), at).shown());
            tasks.execute(() -> work.perform(schedule, at));
        });
        return missed;
    }

    /** The names of the schedules handed to the task scheduler, in file order. */
    List<String> registered() {
        return List.copyOf(registered);
    }

    @Override
    public void destroy() {
        tasks.destroy();
    }
}
