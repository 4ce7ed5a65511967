package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.PendingReports;
import vn.daklak.ngoaivu.report.PeriodFiguresQuery;

/**
 * Nothing is counted as accepted unless the file is where the database says it is, for the reports too: a report
 * rebuilt while an accepted file's move is unfinished does not count it, and finishing the move marks the period so
 * the next run's report does.
 */
@SpringBootTest(properties = "ngvh.ingest.settle-seconds=0")
class UnfinishedMoveReportTest {

    private static final Instant MAY = Instant.parse("2024-05-01T08:00:00Z");

    @Autowired
    IngestService ingest;
    @Autowired
    PeriodFiguresQuery figures;
    @Autowired
    PendingReports pending;
    @Autowired
    JdbcClient jdbc;
    @MockitoSpyBean
    SubmissionFinisher finisher;
    @TempDir
    Path temp;

    @BeforeEach
    void setUp() {
        IngestTestSupport.cleanDatabase(jdbc);
        jdbc.sql("TRUNCATE report_pending").update();
    }

    @Test
    void aReportBetweenTheCommitAndTheMoveLeavesTheFileOutAndTheFinishedMoveMarksThePeriodAgain() throws Exception {
        Path input = IngestTestSupport.inputRoot(temp);
        Path output = temp.resolve("output");
        SubmissionWorkbook.of("SVHTTDL").task("NV01", "Hoàn thành", 100)
                .spending("NV01", "Ngân sách nhà nước", 200_000_000, 180_000_000, 170_000_000)
                .writeTo(input.resolve("inbox"), "bao-cao.xlsx", MAY);
        doThrow(new IllegalStateException("mất điện (giả lập)")).when(finisher).finish(any(), any(), any(), any());
        ingest.ingest(input, output, "test", line -> { });
        assertThat(jdbc.sql("SELECT status || ' ' || coalesce(stored_path, '-') FROM submission").query(String.class)
                .single()).isEqualTo("ACCEPTED -");

        // the `report` command (or the dashboard) reads the period now, then clears it as rebuilt
        assertThat(figures.load(2024, Period.YEAR).acceptedCodes()).isEmpty();
        assertThat(figures.load(2024, Period.YEAR).spendingTotal().spent()).isZero();
        pending.find(2024, Period.YEAR).ifPresent(pending::clear);
        assertThat(pending.all()).isEmpty();

        doCallRealMethod().when(finisher).finish(any(), any(), any(), any());
        ingest.ingest(input, output, "test", line -> { });

        assertThat(pending.all()).extracting(p -> p.period().toString()).containsExactly("2024 YEAR");
        assertThat(figures.load(2024, Period.YEAR).acceptedCodes()).containsExactly("SVHTTDL");
        assertThat(figures.load(2024, Period.YEAR).spendingTotal().spent()).isEqualTo(170_000_000L);
    }
}
