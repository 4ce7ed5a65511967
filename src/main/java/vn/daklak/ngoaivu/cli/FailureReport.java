package vn.daklak.ngoaivu.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import vn.daklak.ngoaivu.schedule.ScheduleFileException;
import vn.daklak.ngoaivu.schema.DatabaseUnreachable;
import vn.daklak.ngoaivu.support.DatabaseLoss;

/**
 * Turns a command's failure into its console line and exit code: one line, the causes' messages, naming the log
 * file that holds the stack trace. Stack traces never reach the console: when the log could not be written, the
 * line says so rather than sending the user to a file that does not exist or says nothing about it.
 */
final class FailureReport {

    private final Path log;
    private final long logSizeAtStart;

    FailureReport(Path log) {
        this.log = log;
        this.logSizeAtStart = size(log);
    }

    /**
     * Prints what failed and returns the exit code: the embedded database's own code, 2 for a faulty schedule file,
     * else 1.
     */
    int report(CommandLine.Command command, Exception failure, PrintStream out) {
        Optional<EmbeddedDatabaseUnavailable> unavailable = causes(failure)
                .filter(EmbeddedDatabaseUnavailable.class::isInstance).map(EmbeddedDatabaseUnavailable.class::cast)
                .findFirst();
        if (unavailable.isPresent()) {
            out.println(unavailable.get().getMessage());
            return unavailable.get().exitCode();
        }
        // A faulty schedule file keeps serve from starting: a usage fault, said in its one line.
        Optional<ScheduleFileException> schedule = causes(failure).filter(ScheduleFileException.class::isInstance)
                .map(ScheduleFileException.class::cast).findFirst();
        if (schedule.isPresent()) {
            out.println(schedule.get().getMessage());
            return 2;
        }
        if (logsToFile()) {
            LoggerFactory.getLogger(Launcher.class).error("Lệnh {} thất bại", command, failure);
        }
        Optional<String> known = knownCause(command, failure);
        if (known.isPresent()) {
            // the database is not there: one line that says so is the whole story; the details are in the log
            out.println(known.get());
            return 1;
        }
        if (size(log) > logSizeAtStart) {
            out.println("Lỗi: " + summary(failure) + " (chi tiết trong " + log + ")");
        } else {
            // the log could not be written: the causes' messages, but never a stack trace on the console
            out.println("Lỗi: " + summary(failure) + " (không ghi được nhật ký " + log + ")");
        }
        return 1;
    }

    /** The one line of a failure the user can act on without the details: the database unreachable or lost. */
    private static Optional<String> knownCause(CommandLine.Command command, Exception failure) {
        Optional<String> unreachable = causes(failure).filter(DatabaseUnreachable.class::isInstance)
                .map(Throwable::getMessage).findFirst();
        if (unreachable.isPresent()) {
            return unreachable;
        }
        // the line speaks of the file being loaded: only the commands that load files
        boolean loads = command == CommandLine.Command.RUN || command == CommandLine.Command.INGEST;
        return loads ? DatabaseLoss.cause(failure).map(DatabaseLoss::line) : Optional.empty();
    }

    /**
     * The first line of each cause's message, outermost first, leaving out Spring's bean-wiring messages (which only
     * say through which beans the failure travelled) and messages an earlier one already contains.
     */
    static String summary(Throwable failure) {
        List<String> kept = new ArrayList<>();
        causes(failure).filter(t -> !(t instanceof BeansException)).map(FailureReport::firstLine)
                .filter(m -> kept.stream().noneMatch(k -> k.contains(m))).forEach(kept::add);
        return kept.isEmpty() ? firstLine(failure) : String.join(" ← ", kept);
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
        return message.lines().findFirst().orElse(t.getClass().getSimpleName());
    }

    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
    }

    /**
     * Whether logging is set up to write to {@link #log}: Spring's file appender, or {@link OfflineLogging}'s for the
     * commands without Spring.
     */
    private boolean logsToFile() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return false;
        }
        Path target = log.toAbsolutePath().normalize();
        Iterator<Appender<ILoggingEvent>> appenders = context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders();
        while (appenders.hasNext()) {
            Appender<ILoggingEvent> appender = appenders.next();
            if (appender instanceof FileAppender<?> file && file.isStarted()
                    && Path.of(file.getFile()).toAbsolutePath().normalize().equals(target)
                    || appender instanceof OfflineLogging.FileOnFirstEvent lazy && lazy.file().equals(target)) {
                return true;
            }
        }
        return false;
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
