package vn.daklak.ngoaivu.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.daklak.ngoaivu.ingest.FileOutcome;
import vn.daklak.ngoaivu.ingest.IngestReport;
import vn.daklak.ngoaivu.ingest.IngestService;

/**
 * Master data are loaded once per run and their matchers built once, then shared by every file and step of the
 * ingest run (every partition and file); a sync that finds changed files replaces them.
 */
// the spy makes a context of its own: a small pool keeps the server's connections for others
@SpringBootTest(properties = {"spring.datasource.hikari.maximum-pool-size=3", "ngvh.ingest.settle-seconds=0"})
class MasterDataOncePerRunTest {

    private static final List<String> FILES = List.of("SNGV-2024-YEAR.xlsx", "SCT-2024-YEAR.xlsx",
            "UBLAK-2024-YEAR.xlsx");

    @MockitoSpyBean
    ReferenceStore store;
    @Autowired
    ReferenceService reference;
    @Autowired
    IngestService ingest;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path input;

    @Test
    void aRunOfThreeFilesLoadsTheMasterDataOnce() throws Exception {
        jdbc.sql("TRUNCATE reference_file, agency, partner, plan_group, plan_task, task_report, event, spending,"
                + " problem, submission CASCADE").update();
        copyMasterData();
        clearInvocations(store);

        Files.createDirectories(input.resolve("inbox"));
        for (String name : FILES) {
            Files.copy(Path.of("input/inbox", name), input.resolve("inbox").resolve(name));
        }
        IngestReport report = ingest.ingest(input, input.resolve("output"), "test", line -> { });

        assertThat(report.files()).extracting(FileOutcome::outcome).hasSize(FILES.size())
                .doesNotContain(FileOutcome.Outcome.FAILED, FileOutcome.Outcome.DUPLICATE);
        verify(store, times(1)).load();
        ReferenceData synced = reference.current();

        Files.writeString(input.resolve("reference/partners.csv"), "\nLA-CP,tỉnh Chămpasắc thử,Champasak,LA,\n",
                java.nio.file.StandardOpenOption.APPEND);
        ReferenceData changed = reference.sync(input).data();
        assertThat(reference.current()).isSameAs(changed).isNotSameAs(synced);
        assertThat(reference.current().partnerMatcher().resolve("LA-CP")).isPresent();
    }

    private void copyMasterData() throws Exception {
        Files.createDirectories(input.resolve("reference"));
        Files.createDirectories(input.resolve("plans"));
        for (String name : new String[] {"agencies.csv", "partners.csv", "plan-groups.csv"}) {
            Files.copy(Path.of("input/reference", name), input.resolve("reference/" + name),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(Path.of("input/plans/plan-2024-tasks.csv"), input.resolve("plans/plan-2024-tasks.csv"));
    }
}
