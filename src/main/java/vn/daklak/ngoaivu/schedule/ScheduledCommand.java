package vn.daklak.ngoaivu.schedule;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What a schedule may run (the {@code command} key of a schedule file) and the parameters each one takes. Only these:
 * a schedule runs work of the pipeline's own, never an arbitrary program.
 */
public enum ScheduledCommand {

    /** {@code run}: ingest the inbox, then rebuild every period whose data changed (the nightly job). */
    RUN("run", Set.of()),
    /** {@code report}: rebuild one period's reports ({@code period=H1|YEAR}, of the year in which it fires). */
    REPORT("report", Set.of(ScheduleFile.PERIOD)),
    /** {@code reminders}: rebuild the latest overdue period's reports, reminder letter included, if an agency is missing. */
    REMINDERS("reminders", Set.of()),
    /** {@code purge-batch-metadata}: delete Spring Batch's records older than {@code retention} (default P2Y). */
    PURGE_BATCH_METADATA("purge-batch-metadata", Set.of(ScheduleFile.RETENTION));

    private final String word;
    private final Set<String> parameters;

    ScheduledCommand(String word, Set<String> parameters) {
        this.word = word;
        this.parameters = parameters;
    }

    /** The command as written in a schedule file. */
    public String word() {
        return word;
    }

    boolean takes(String parameter) {
        return parameters.contains(parameter);
    }

    static Optional<ScheduledCommand> of(String word) {
        return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst();
    }

    static String allWords() {
        return String.join(", ", Arrays.stream(values()).map(ScheduledCommand::word).toList());
    }
}
