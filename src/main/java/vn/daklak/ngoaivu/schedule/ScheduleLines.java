package vn.daklak.ngoaivu.schedule;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.daklak.ngoaivu.support.VietnamTime;

/**
 * The progress lines of one fire, to the log, each naming the schedule. The first line is held until a second one
 * comes or the outcome is known: a fire refused because another run holds the lock says only that refusal, so it
 * becomes the one line "schedule X skipped its HH:mm fire: …", with no error.
 */
final class ScheduleLines implements Consumer<String> {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Logger log = LoggerFactory.getLogger(ScheduleLines.class);

    private final String name;
    private final ZonedDateTime scheduledAt;
    private String held;
    private boolean started;

    ScheduleLines(String name, ZonedDateTime scheduledAt) {
        this.name = name;
        this.scheduledAt = scheduledAt;
    }

    @Override
    public synchronized void accept(String line) {
        if (!started && held == null) {
            held = line;
            return;
        }
        flush();
        started = true;
        log.info("Lịch {}: {}", name, line);
    }

    /** The fire did nothing because another run held the lock: its one line. */
    synchronized void skipped() {
        log.info("Lịch {} bỏ qua lần chạy lúc {} (giờ Việt Nam): {}", name, shown(), held);
        held = null;
    }

    /** The fire is over: the held line, if any, goes out as it is. */
    synchronized void done() {
        flush();
    }

    String shown() {
        return SHOWN.format(scheduledAt.withZoneSameInstant(VietnamTime.ZONE));
    }

    private void flush() {
        if (held != null) {
            log.info("Lịch {}: {}", name, held);
            held = null;
        }
    }
}
