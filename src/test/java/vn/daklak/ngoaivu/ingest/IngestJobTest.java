package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static vn.daklak.ngoaivu.ingest.IngestTestSupport.valid;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.daklak.ngoaivu.ingest.FileOutcome.Outcome;
import vn.daklak.ngoaivu.support.FileHashes;

@SpringBootTest(properties = {"ngvh.ingest.settle-seconds=0", "ngvh.ingest.chunk-size=5", "ngvh.ingest.threads=2"})
@SpringBatchTest
class IngestJobTest {

    private static final Instant MAY = Instant.parse("2024-05-01T08:00:00Z");
    private static final Instant JUNE = Instant.parse("2024-06-01T08:00:00Z");

    @Autowired
    IngestService ingest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    RunFiles runFiles;
    @MockitoSpyBean
    RowCopier copier;
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
    void aRunIsOneJobExecutionWhosePartitionsTakeItsFiles() throws Exception {
        valid("SVHTTDL").writeTo(input.resolve("inbox"), "a.xlsx", MAY);
        valid("SNGV").writeTo(input.resolve("inbox"), "b.xlsx", MAY.plusSeconds(60));
        valid("SCT").writeTo(input.resolve("inbox"), "c.xlsx", JUNE);

        IngestReport report = ingest.ingest(input, output, "test", line -> { });

        assertThat(report.files()).extracting(FileOutcome::fileName).containsExactly("a.xlsx", "b.xlsx", "c.xlsx");
        assertThat(report.files()).extracting(FileOutcome::outcome).containsOnly(Outcome.ACCEPTED);
        assertThat(jdbc.sql("SELECT job_name FROM batch_job_instance").query(String.class).list())
                .containsExactly("ingestRunJob");
        assertThat(count("SELECT count(*) FROM batch_job_execution WHERE status = 'COMPLETED'")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT step_name || ' ' || read_count FROM batch_step_execution ORDER BY step_name")
                .query(String.class).list()).containsExactly("ingestInboxStep 3",
                "ingestPartitionStep:partition0 2", "ingestPartitionStep:partition1 1");
        assertThat(jdbc.sql("SELECT file_name || ' ' || partition_no || ' ' || outcome FROM ingest_file ORDER BY seq")
                .query(String.class).list()).containsExactly("a.xlsx 0 ACCEPTED", "b.xlsx 1 ACCEPTED",
                "c.xlsx 0 ACCEPTED");
        assertThat(count("SELECT count(*) FROM submission WHERE status = 'ACCEPTED' AND is_current")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM event")).isEqualTo(6);
    }

    @Test
    void acceptedFileIsStoredArchivedAndAnsweredWithFeedback() throws Exception {
        valid("SVHTTDL").writeTo(input.resolve("inbox"), "bao-cao.xlsx", MAY);

        IngestReport report = ingest.ingest(input, output, "test", line -> { });

        assertThat(report.files()).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(f.agencyCode()).isEqualTo("SVHTTDL");
            assertThat(f.rows()).isEqualTo(2 + 2 + 2);
        });
        assertThat(count("SELECT count(*) FROM task_report")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT sum(spent) FROM spending").query(Long.class).single()).isEqualTo(300_000_000L);
        assertThat(Files.list(input.resolve("inbox")).count()).isZero();
        assertThat(Files.list(input.resolve("archive/2024/YEAR/SVHTTDL")).toList()).singleElement()
                .satisfies(p -> assertThat(p.getFileName().toString()).endsWith("-bao-cao.xlsx"));
        assertThat(output.resolve("feedback/2024/YEAR/SVHTTDL/bao-cao.xlsx.ket-qua.xlsx")).exists();
        assertThat(output.resolve("feedback/2024/YEAR/SVHTTDL/bao-cao.xlsx.ket-qua.csv")).exists();
        assertThat(report.changedPeriods()).extracting(Object::toString).containsExactly("2024 YEAR");
    }

    @Test
    void sameBytesTwiceAreIngestedOnceAndTheCopyArchivedAsDuplicate() throws Exception {
        Path first = valid("SVHTTDL").writeTo(input.resolve("inbox"), "a.xlsx", MAY);
        Files.copy(first, input.resolve("inbox/b.xlsx"));
        Files.setLastModifiedTime(input.resolve("inbox/b.xlsx"), java.nio.file.attribute.FileTime.from(JUNE));

        IngestReport report = ingest.ingest(input, output, "test", line -> { });

        assertThat(report.files()).extracting(FileOutcome::outcome).containsExactly(Outcome.ACCEPTED, Outcome.DUPLICATE);
        assertThat(count("SELECT count(*) FROM submission")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM event")).isEqualTo(2);
        assertThat(Files.list(input.resolve("archive/trung-lap")).count()).isEqualTo(1);
        assertThat(report.countsLine()).isEqualTo("2 tệp: 1 chấp nhận, 0 bị từ chối, 1 trùng lặp");
    }

    @Test
    void newerFileSupersedesTheEarlierVersionAndHistoryIsKept() throws Exception {
        valid("SVHTTDL").writeTo(input.resolve("inbox"), "lan1.xlsx", MAY);
        valid("SVHTTDL").events("NV01", 3).writeTo(input.resolve("inbox"), "lan2.xlsx", JUNE);

        ingest.ingest(input, output, "test", line -> { });

        assertThat(count("SELECT count(*) FROM submission WHERE status = 'ACCEPTED'")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT file_name FROM submission WHERE is_current").query(String.class).single())
                .isEqualTo("lan2.xlsx");
        assertThat(count("""
                SELECT count(*) FROM submission old JOIN submission new ON old.superseded_by = new.id
                WHERE old.file_name = 'lan1.xlsx' AND new.file_name = 'lan2.xlsx'""")).isEqualTo(1);
        assertThat(count("""
                SELECT count(*) FROM event e JOIN submission s ON s.id = e.submission_id WHERE s.is_current""")).isEqualTo(5);
    }

    @Test
    void rejectedResubmissionKeepsTheEarlierAcceptedVersion() throws Exception {
        valid("SVHTTDL").writeTo(input.resolve("inbox"), "lan1.xlsx", MAY);
        valid("SVHTTDL").task("NV99", "Hoàn thành", 100).writeTo(input.resolve("inbox"), "lan2.xlsx", JUNE);

        IngestReport report = ingest.ingest(input, output, "test", line -> { });

        assertThat(report.files()).extracting(FileOutcome::outcome).containsExactly(Outcome.ACCEPTED, Outcome.REJECTED);
        assertThat(jdbc.sql("SELECT file_name FROM submission WHERE is_current").query(String.class).single())
                .isEqualTo("lan1.xlsx");
        assertThat(count("SELECT count(*) FROM task_report")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT message FROM problem WHERE code = 'UNKNOWN_TASK_CODE'").query(String.class).single())
                .contains("NV99");
        assertThat(Files.list(input.resolve("rejected")).toList()).singleElement()
                .satisfies(p -> assertThat(p.getFileName().toString()).endsWith("lan2.xlsx"));
        assertThat(output.resolve("feedback/2024/YEAR/SVHTTDL/lan2.xlsx.ket-qua.xlsx")).exists();
    }

    @Test
    void failureInTheMiddleOfAFileLeavesNothingAndTheRestartLoadsItOnce() throws Exception {
        valid("SVHTTDL").events("NV01", 10).writeTo(input.resolve("inbox"), "lon.xlsx", MAY);
        AtomicInteger eventChunks = new AtomicInteger();
        doAnswer(call -> {
            if (call.<SheetCopy<?>>getArgument(0).table() == RowTable.EVENTS && eventChunks.incrementAndGet() == 2) {
                throw new DataAccessResourceFailureException("ổ đĩa đầy (giả lập)");
            }
            return call.callRealMethod();
        }).when(copier).copy(any(), anyList());

        IngestReport failed = ingest.ingest(input, output, "test", line -> { });

        assertThat(failed.files()).singleElement().extracting(FileOutcome::outcome).isEqualTo(Outcome.FAILED);
        assertThat(count("SELECT count(*) FROM submission")).isZero();
        assertThat(count("SELECT (SELECT count(*) FROM event) + (SELECT count(*) FROM task_report) + (SELECT count(*) FROM problem)"))
                .isZero();
        assertThat(input.resolve("inbox/lon.xlsx")).exists();

        org.mockito.Mockito.reset(copier);
        IngestReport restarted = ingest.ingest(input, output, "test", line -> { });

        assertThat(restarted.files()).singleElement().extracting(FileOutcome::outcome).isEqualTo(Outcome.ACCEPTED);
        assertThat(count("SELECT count(*) FROM event")).isEqualTo(12);
        assertThat(count("SELECT count(*) FROM batch_job_instance")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM batch_job_execution")).isEqualTo(2);
    }

    @Test
    void theRestartOfAFailedRunTakesAgainOnlyItsFailedPartitionAndInItOnlyTheFailedFile() throws Exception {
        valid("SVHTTDL").writeTo(input.resolve("inbox"), "a.xlsx", MAY);
        valid("SNGV").events("NV01", 10).writeTo(input.resolve("inbox"), "b.xlsx", MAY.plusSeconds(60));
        valid("SCT").writeTo(input.resolve("inbox"), "c.xlsx", JUNE);
        valid("UBLAK").writeTo(input.resolve("inbox"), "d.xlsx", JUNE.plusSeconds(60));
        AtomicInteger eventChunks = new AtomicInteger();
        doAnswer(call -> {
            // b.xlsx (partition 1) is the only file with more than one chunk of events
            if (call.<SheetCopy<?>>getArgument(0).table() == RowTable.EVENTS
                    && call.<java.util.List<?>>getArgument(1).size() == 5
                    && eventChunks.incrementAndGet() == 2) {
                throw new DataAccessResourceFailureException("mất kết nối (giả lập)");
            }
            return call.callRealMethod();
        }).when(copier).copy(any(), anyList());

        IngestReport failed = ingest.ingest(input, output, "test", line -> { });

        assertThat(failed.files()).extracting(f -> f.fileName() + " " + f.outcome()).containsExactly(
                "a.xlsx ACCEPTED", "b.xlsx FAILED", "c.xlsx ACCEPTED", "d.xlsx ACCEPTED");
        assertThat(jdbc.sql("SELECT status FROM batch_job_execution").query(String.class).single()).isEqualTo("FAILED");
        assertThat(input.resolve("inbox/b.xlsx")).exists();
        org.mockito.Mockito.reset(copier);

        List<String> progress = new java.util.ArrayList<>();
        IngestReport restarted = ingest.ingest(input, output, "test", progress::add);

        assertThat(restarted.files()).extracting(f -> f.fileName() + " " + f.outcome())
                .containsExactly("b.xlsx ACCEPTED");
        assertThat(progress).anyMatch(l -> l.startsWith("[lần nạp trước, chạy lại] [1/1] b.xlsx: chấp nhận"));
        assertThat(jdbc.sql("""
                SELECT e.status || ' ' || s.step_name || ' ' || s.status || ' ' || s.read_count
                FROM batch_step_execution s JOIN batch_job_execution e USING (job_execution_id)
                ORDER BY s.step_execution_id""").query(String.class).list()).containsExactly(
                "FAILED ingestInboxStep FAILED 4",
                "FAILED ingestPartitionStep:partition0 COMPLETED 2",
                "FAILED ingestPartitionStep:partition1 FAILED 2",
                "COMPLETED ingestInboxStep COMPLETED 1",
                "COMPLETED ingestPartitionStep:partition1 COMPLETED 1");
        assertThat(count("SELECT count(*) FROM batch_job_instance")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM submission WHERE status = 'ACCEPTED' AND is_current")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM event")).isEqualTo(2 + 12 + 2 + 2);
        assertThat(count("SELECT count(*) FROM ingest_file WHERE outcome = 'ACCEPTED' AND NOT retry")).isEqualTo(4);
    }

    @Test
    void aRunKilledMidwayIsRecoveredAndItsFilesTakenByTheNextRun() throws Exception {
        Path file = valid("SVHTTDL").writeTo(input.resolve("inbox"), "dang-do.xlsx", MAY);
        long run = jdbc.sql("INSERT INTO pipeline_run (command) VALUES ('run') RETURNING id").query(Long.class).single();
        runFiles.plan(List.of(new PlannedFile(run, 0, 0, file, "dang-do.xlsx", FileHashes.sha256(file), MAY)));
        JobParameters parameters = new JobParametersBuilder().addLong("run", run)
                .addString("input", input.toString(), false).addString("output", output.toString(), false)
                .toJobParameters();
        JobExecution killed = jobRepository.createJobExecution(
                jobRepository.createJobInstance("ingestRunJob", parameters), parameters, new ExecutionContext());
        killed.setStatus(BatchStatus.STARTED);
        killed.setStartTime(java.time.LocalDateTime.now().minusHours(1));
        jobRepository.update(killed);

        IngestReport report = ingest.ingest(input, output, "test", line -> { });

        assertThat(report.files()).singleElement().extracting(FileOutcome::outcome).isEqualTo(Outcome.ACCEPTED);
        assertThat(jdbc.sql("SELECT status FROM batch_job_execution ORDER BY job_execution_id").query(String.class).list())
                .containsExactly("FAILED", "COMPLETED");
        assertThat(count("SELECT count(*) FROM batch_job_instance")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM event")).isEqualTo(2);
    }


    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
