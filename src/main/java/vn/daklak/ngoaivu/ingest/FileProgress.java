package vn.daklak.ngoaivu.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.ingest.FileOutcome.Outcome;

/**
 * Each file's console line as soon as its outcome is recorded, numbered in the order the files finish ("[12/400]"):
 * an officer watching a long night sees it move, not 400 lines at the end. Only files taken in this process are said
 * live (a remote worker's are said when the run ends, by {@link #rest}); one run at a time, as the run lock ensures.
 */
@Component
class FileProgress {

    private static final Logger log = LoggerFactory.getLogger(FileProgress.class);

    private Run current;

    private static final class Run {
        final long id;
        final int total;
        final Consumer<String> say;
        final Map<String, Integer> said = new HashMap<>();
        int done;

        Run(long id, int total, Consumer<String> say) {
            this.id = id;
            this.total = total;
            this.say = say;
        }
    }

    /** From now on, files of run {@code runId} ({@code total} planned) finishing in this process are said. */
    synchronized void start(long runId, int total, Consumer<String> say) {
        current = new Run(runId, total, say);
    }

    /** A planned file finished here and its outcome is recorded (called by the partition that took it). */
    synchronized void finished(PlannedFile file, FileOutcome outcome) {
        if (current == null || current.id != file.runId()) {
            return;
        }
        current.said.merge(key(file.name(), file.sha256()), 1, Integer::sum);
        say(current.say, "", ++current.done, current.total, outcome);
    }

    /**
     * Says the run's outcomes ({@code outcomes}, as recorded) that were not said live: a remote worker's, files no
     * partition took. Then the run is over.
     */
    synchronized void rest(List<FileOutcome> outcomes) {
        if (current == null) {
            return;
        }
        List<FileOutcome> unsaid = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            String key = key(outcome.fileName(), outcome.sha256());
            Integer live = current.said.get(key);
            if (live != null && live > 0) {
                current.said.put(key, live - 1);
            } else {
                unsaid.add(outcome);
            }
        }
        int total = Math.max(current.total, current.done + unsaid.size());
        for (FileOutcome outcome : unsaid) {
            say(current.say, "", ++current.done, total, outcome);
        }
        current = null;
    }

    /** Every line at once, numbered in the given order (a restarted run's files). */
    static void sayAll(List<FileOutcome> outcomes, String prefix, Consumer<String> say) {
        int n = 0;
        for (FileOutcome outcome : outcomes) {
            say(say, prefix, ++n, outcomes.size(), outcome);
        }
    }

    private static void say(Consumer<String> say, String prefix, int n, int total, FileOutcome outcome) {
        String line = prefix + "[" + n + "/" + total + "] " + describe(outcome);
        log.info(line);
        say.accept(line);
    }

    private static String key(String name, String sha256) {
        return name + '\u0000' + sha256;
    }

    static String describe(FileOutcome o) {
        StringBuilder line = new StringBuilder(o.fileName()).append(": ").append(o.outcome().label());
        if (o.agencyCode() != null) {
            line.append(" (").append(o.agencyCode());
            if (o.year() != null) {
                line.append(", ").append(o.year()).append(' ').append(o.period());
            }
            line.append(')');
        }
        if (o.outcome() == Outcome.ACCEPTED || o.outcome() == Outcome.REJECTED) {
            line.append(", ").append(o.errors()).append(" lỗi, ").append(o.warnings()).append(" cảnh báo");
        }
        return line.append(" — ").append(o.message()).toString();
    }
}
