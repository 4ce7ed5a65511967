package vn.daklak.ngoaivu.schedule;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.scheduling.support.CronExpression;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * One schedule file of {@code jobs/}, checked: what to run, with which parameters, when (a cron expression read in
 * {@code zone}), and whether it is on.
 *
 * @param name       the file name without {@code .properties}: the schedule's identity in the database
 * @param file       the file, for messages
 * @param command    what it runs
 * @param parameters the command's parameters as written (only those the command takes)
 * @param cronText   the cron expression as written
 * @param cron       the cron expression
 * @param zone       the zone in which the cron expression is read
 * @param enabled    whether {@code serve} runs it
 */
record Schedule(String name, Path file, ScheduledCommand command, Map<String, String> parameters, String cronText,
                CronExpression cron, ZoneId zone, boolean enabled) {

    /** The retention of Spring Batch's records when a purge schedule names none: two years. */
    static final java.time.Period DEFAULT_RETENTION = java.time.Period.ofYears(2);

    Schedule {
        parameters = Map.copyOf(parameters);
    }

    /** The first fire time strictly after {@code after}; empty when the expression never fires again. */
    Optional<ZonedDateTime> nextAfter(Instant after) {
        return Optional.ofNullable(cron.next(after.atZone(zone)));
    }

    /** The period of a {@code report} schedule (checked when the file was read). */
    Period period() {
        return Period.valueOf(parameters.get(ScheduleFile.PERIOD));
    }

    /** How long a purge keeps Spring Batch's records. */
    java.time.Period retention() {
        String written = parameters.get(ScheduleFile.RETENTION);
        return written == null ? DEFAULT_RETENTION : java.time.Period.parse(written);
    }

    /** The command with its parameters, as a person would type them: {@code report period=H1}. */
    String commandLine() {
        String words = new TreeMap<>(parameters).entrySet().stream().map(e -> " " + e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining());
        return command.word() + words;
    }
}
