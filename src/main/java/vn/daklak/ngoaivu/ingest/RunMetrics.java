package vn.daklak.ngoaivu.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.ingest.FileOutcome.Outcome;

/**
 * The runs' figures as Micrometer meters: files by outcome, rows loaded, runs and their durations. Only {@code serve}
 * has a meter registry (its runs are the ones a monitor scrapes); the batch commands, which exit after one run and
 * start no actuator, record nothing here: their figures are in the runs table.
 */
@Component
class RunMetrics {

    static final String FILES = "ngvh.ingest.files";
    static final String ROWS = "ngvh.ingest.rows";
    static final String RUNS = "ngvh.ingest.runs";

    private final ObjectProvider<MeterRegistry> registry;

    RunMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    void record(IngestReport report) {
        registry.ifAvailable(meters -> {
            for (Outcome outcome : Outcome.values()) {
                Counter.builder(FILES).description("Inbox files by outcome").tag("outcome", tag(outcome))
                        .register(meters).increment(report.count(outcome));
            }
            Counter.builder(ROWS).description("Data rows loaded from accepted files").register(meters)
                    .increment(report.rows());
            run(meters, report.count(Outcome.FAILED) > 0 ? "files-failed" : "done").record(report.elapsed());
        });
    }

    /** A run stopped midway: counted, with no duration (its figures are incomplete). */
    void failed() {
        registry.ifAvailable(meters -> Counter.builder(RUNS + ".stopped").description("Runs stopped by an error")
                .register(meters).increment());
    }

    private static Timer run(MeterRegistry meters, String outcome) {
        return Timer.builder(RUNS).description("Ingest runs and their duration").tag("outcome", outcome)
                .register(meters);
    }

    private static String tag(Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }
}
