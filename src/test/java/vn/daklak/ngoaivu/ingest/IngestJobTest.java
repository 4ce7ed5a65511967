package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.daklak.ngoaivu.ingest.FileOutcome.Outcome;
import vn.daklak.ngoaivu.reference.ReferenceService;
import vn.daklak.ngoaivu.support.FileHashes;

@SpringBootTest(properties = {"ngvh.ingest.settle-seconds=0", "ngvh.ingest.chunk-size=5"})
@SpringBatchTest
class IngestJobTest {

    private static final Instant MAY = Instant.parse("2024-05-01T08:00:00Z");
    private static final Instant JUNE = Instant.parse("2024-06-01T08:00:00Z");

    @Autowired
    IngestService ingest;
    @Autowired
    ReferenceService reference;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;
    @Autowired
    JobRepository jobRepository;
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
    void jobRunsItsNamedStepsInOrderAndAcceptsAValidFile() throws Exception {
        reference.sync(input);
        Path file = valid("SVHTTDL").writeTo(input.resolve("inbox"), "svhttdl.xlsx", MAY);
        JobExecution execution = jobOperatorTestUtils.startJob(new JobParametersBuilder()
                .addString("sha256", FileHashes.sha256(file), true)
                .addString("path", file.toString(), false)
                .addString("fileName", "svhttdl.xlsx", false)
                .addLong("receivedAt", MAY.toEpochMilli(), false).toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getJobInstance().getJobName()).isEqualTo("ingestFileJob");
        assertThat(execution.getStepExecutions()).extracting(StepExecution::getStepName).containsExactly(
                "inspectSubmissionStep", "loadTasksStep", "loadEventsStep", "loadSpendingStep", "decideSubmissionStep");
        assertThat(count("SELECT count(*) FROM submission WHERE status = 'ACCEPTED' AND is_current")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM event")).isEqualTo(2);
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
            if (call.getArgument(0) == RowTable.EVENTS && eventChunks.incrementAndGet() == 2) {
                throw new DataAccessResourceFailureException("ổ đĩa đầy (giả lập)");
            }
            return call.callRealMethod();
        }).when(copier).copy(any(), anyLong(), anyList());

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
    void aRunKilledMidwayIsRecoveredAndItsFileLoadedByTheNextRun() throws Exception {
        Path file = valid("SVHTTDL").writeTo(input.resolve("inbox"), "dang-do.xlsx", MAY);
        JobParameters parameters = new JobParametersBuilder()
                .addString("sha256", FileHashes.sha256(file), true)
                .addString("path", file.toAbsolutePath().toString(), false)
                .addString("fileName", "dang-do.xlsx", false)
                .addLong("receivedAt", MAY.toEpochMilli(), false).toJobParameters();
        JobExecution killed = jobRepository.createJobExecution(
                jobRepository.createJobInstance("ingestFileJob", parameters), parameters, new ExecutionContext());
        killed.setStatus(BatchStatus.STARTED);
        killed.setStartTime(java.time.LocalDateTime.now().minusHours(1));
        jobRepository.update(killed);

        IngestReport report = ingest.ingest(input, output, "test", line -> { });

        assertThat(report.files()).singleElement().extracting(FileOutcome::outcome).isEqualTo(Outcome.ACCEPTED);
        assertThat(jdbc.sql("SELECT status FROM batch_job_execution ORDER BY job_execution_id").query(String.class).list())
                .containsExactly("FAILED", "COMPLETED");
        assertThat(count("SELECT count(*) FROM event")).isEqualTo(2);
    }

    private static SubmissionWorkbook valid(String agency) {
        return SubmissionWorkbook.of(agency)
                .task("NV01", "Hoàn thành", 100)
                .task("NV02", "Đang thực hiện", 60)
                .event("NV01", "Đoàn nghệ thuật biểu diễn tại Jeonbuk", "10/09/2024", "Hàn Quốc", "Jeollabuk", 40, 300)
                .event("NV02", "Tuần văn hóa Đắk Lắk tại Champasak", "05/11/2024", "Lào", "LA-CH", 60, 500)
                .spending("NV01", "Ngân sách nhà nước", 200_000_000, 180_000_000, 170_000_000)
                .spending("NV02", "Xã hội hóa", 150_000_000, 150_000_000, 130_000_000);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
