package vn.daklak.ngoaivu.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Logging for the commands that start no Spring ({@code validate}, {@code template}): nothing else configures it, and
 * Logback's default would print every library's debug lines and our stack traces on the console. Here warnings and
 * errors go to the same log file as the other commands', which is created only when something is written to it (a
 * successful {@code validate} leaves no trace), and nothing goes to the console.
 */
final class OfflineLogging {

    /** The file log's pattern: Vietnam time whatever the machine's zone, as Spring's logging writes it. */
    static final String PATTERN =
            "%d{yyyy-MM-dd HH:mm:ss.SSSXXX, Asia/Ho_Chi_Minh} %5level %logger{36} : %msg%n%ex";

    private OfflineLogging() {
    }

    static void toFile(Path log) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        FileOnFirstEvent appender = new FileOnFirstEvent(log);
        appender.setContext(context);
        appender.setName("file");
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
    }

    /** A file appender that creates its folder and file with the first event only. */
    static final class FileOnFirstEvent extends AppenderBase<ILoggingEvent> {

        private final Path file;
        private FileAppender<ILoggingEvent> delegate;

        FileOnFirstEvent(Path file) {
            this.file = file.toAbsolutePath().normalize();
        }

        Path file() {
            return file;
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (delegate == null) {
                delegate = open();
            }
            if (delegate != null) {
                delegate.doAppend(event);
            }
        }

        private FileAppender<ILoggingEvent> open() {
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                return null;   // the console line then shows the causes without naming a log
            }
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setContext(getContext());
            encoder.setPattern(PATTERN);
            encoder.start();
            FileAppender<ILoggingEvent> appender = new FileAppender<>();
            appender.setContext(getContext());
            appender.setFile(file.toString());
            appender.setEncoder(encoder);
            appender.start();
            return appender;
        }

        @Override
        public void stop() {
            if (delegate != null) {
                delegate.stop();
            }
            super.stop();
        }
    }
}
