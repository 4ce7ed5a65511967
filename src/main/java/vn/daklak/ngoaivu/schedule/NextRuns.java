package vn.daklak.ngoaivu.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.support.VietnamTime;

/**
 * Each schedule's next run, in Vietnam time, for {@code status} and the dashboard's jobs page. Read from the files
 * as they are now (what the next {@code serve} start would load); a faulty file is reported, not thrown, since
 * neither place should fail because of it.
 */
@Component
public class NextRuns {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ScheduleFolder folder;
    private final FireLog fires;
    private final Clock clock;

    NextRuns(ScheduleFolder folder, FireLog fires, ObjectProvider<Clock> clock) {
        this.folder = folder;
        this.fires = fires;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * One schedule.
     *
     * @param name    the file name without {@code .properties}
     * @param command the command and its parameters ({@code report period=H1})
     * @param enabled whether serve runs it
     * @param nextRun its next fire, Vietnam time; null when it is off or never fires again
     * @param skipped how many of its fires were skipped because another run held the lock
     */
    public record Upcoming(String name, String command, boolean enabled, LocalDateTime nextRun, int skipped) {

        /** The next run as dd/MM/yyyy HH:mm, or "tắt" (off). */
        public String nextRunText() {
            return !enabled ? "tắt" : nextRun == null ? "không còn lần nào" : SHOWN.format(nextRun);
        }
    }

    /** The schedules of the folder, or the fault that keeps serve from starting (then {@code schedules} is empty). */
    public record Listing(Path folder, List<Upcoming> schedules, String fault) {
    }

    public Listing list() {
        try {
            List<Upcoming> upcoming = folder.load().stream().map(this::upcoming).toList();
            return new Listing(folder.folder(), upcoming, null);
        } catch (ScheduleFileException e) {
            return new Listing(folder.folder(), List.of(), e.getMessage());
        }
    }

    private Upcoming upcoming(Schedule schedule) {
        LocalDateTime next = !schedule.enabled() ? null : schedule.nextAfter(clock.instant())
                .map(at -> at.withZoneSameInstant(VietnamTime.ZONE).toLocalDateTime()).orElse(null);
        return new Upcoming(schedule.name(), schedule.commandLine(), schedule.enabled(), next,
                fires.skippedCount(schedule.name()));
    }
}
