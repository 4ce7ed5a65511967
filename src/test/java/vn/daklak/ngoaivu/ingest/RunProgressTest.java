package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daklak.ngoaivu.ingest.IngestTestSupport.valid;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.ingest.FileOutcome.Outcome;

/** What a run says while it goes: each file's line as soon as its outcome is recorded, and what a stop left. */
@SpringBootTest(properties = {"ngvh.ingest.settle-seconds=0", "ngvh.ingest.chunk-size=5", "ngvh.ingest.threads=2"})
@SpringBatchTest
class RunProgressTest {

    private static final Instant MAY = Instant.parse("2024-05-01T08:00:00Z");
    private static final Instant JUNE = Instant.parse("2024-06-01T08:00:00Z");

    @Autowired
    IngestService ingest;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path temp;

    Path input;
    Path output;

    @BeforeEach
    void setUp() throws Exception {
        IngestTestSupport.cleanDatabase(jdbc);
        input = IngestTestSupport.inputRoot(temp);
        output = temp.resolve("output");
    }

    @Test
    void eachFileIsSaidAsSoonAsItsOutcomeIsRecordedWhileTheRunGoesOn() throws Exception {
        valid("SVHTTDL").writeTo(input.resolve("inbox"), "a.xlsx", MAY);
        valid("SNGV").writeTo(input.resolve("inbox"), "b.xlsx", MAY.plusSeconds(60));
        valid("SCT").writeTo(input.resolve("inbox"), "c.xlsx", JUNE);
        List<String> said = Collections.synchronizedList(new ArrayList<>());

        ingest.ingest(input, output, "test", line -> {
            if (line.startsWith("[")) {
                String file = line.substring(line.indexOf("] ") + 2, line.indexOf(':'));
                // the state of the run at the moment the line is said: the job still running, the file recorded
                said.add(line.substring(0, line.indexOf(' ')) + " " + file + " "
                        + jdbc.sql("SELECT status FROM batch_job_execution").query(String.class).single() + " "
                        + jdbc.sql("SELECT outcome FROM ingest_file WHERE file_name = ?").param(file)
                                .query(String.class).single());
            }
        });

        assertThat(said).hasSize(3);
        assertThat(said).extracting(l -> l.substring(0, l.indexOf(' ')))
                .containsExactly("[1/3]", "[2/3]", "[3/3]");
        assertThat(said).extracting(l -> l.substring(l.indexOf(' ') + 1)).containsExactlyInAnyOrder(
                "a.xlsx STARTED ACCEPTED", "b.xlsx STARTED ACCEPTED", "c.xlsx STARTED ACCEPTED");
    }

    @Test
    void filesAStopLeftUnstartedAreLeftForTheNextRunNotFailures() throws Exception {
        List<String> agencies = List.of("SVHTTDL", "SNGV", "SCT", "UBLAK", "SGDDT");
        for (int i = 0; i < agencies.size(); i++) {
            valid(agencies.get(i)).writeTo(input.resolve("inbox"), "f" + i + ".xlsx", MAY.plusSeconds(60L * i));
        }
        List<String> said = Collections.synchronizedList(new ArrayList<>());

        IngestReport stopped = ingest.ingest(input, output, "test", line -> {
            said.add(line);
            if (line.startsWith("[1/")) {
                // what a SIGTERM does (GracefulStop): the live step executions are to end at their next file boundary
                var step = StepSynchronizationManager.getContext()
                        .getStepExecution();
                step.getJobExecution().getStepExecutions().stream().filter(s -> s.getStatus().isRunning())
                        .forEach(StepExecution::setTerminateOnly);
            }
        });

        assertThat(stopped.count(Outcome.FAILED)).isZero();
        assertThat(stopped.leftInInbox()).isNotEmpty().allMatch(l -> l.endsWith(RunFiles.STOPPED_LEFT));
        assertThat(stopped.files().size() + stopped.leftInInbox().size()).isEqualTo(agencies.size());
        assertThat(said).filteredOn(l -> l.startsWith("Để lại: ")).hasSize(stopped.leftInInbox().size());
        assertThat(stopped.summaryLine()).contains("0 lỗi xử lý, " + stopped.leftInInbox().size() + " để lại lần sau");

        IngestReport next = ingest.ingest(input, output, "test", line -> { });

        assertThat(next.files()).hasSize(stopped.leftInInbox().size())
                .extracting(FileOutcome::outcome).containsOnly(Outcome.ACCEPTED);
        assertThat(input.resolve("inbox")).isEmptyDirectory();
    }
}
