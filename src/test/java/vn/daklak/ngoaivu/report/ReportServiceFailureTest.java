package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.daklak.ngoaivu.normalize.Period;

@SpringBootTest(properties = "ngvh.report.h1-deadline=--06-25")
class ReportServiceFailureTest {

    @Autowired
    private PeriodFiguresQuery query;
    @Autowired
    private SummaryJsonWriter summaryWriter;
    @Autowired
    private ConsolidatedWorkbookWriter workbookWriter;
    @Autowired
    private CsvExports csvExports;
    @Autowired
    private ReportDocxWriter reportDocx;
    @Autowired
    private ReminderLetterWriter reminderLetter;
    @Autowired
    private BriefingDeckWriter briefingDeck;
    @Autowired
    private ReportService service;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private PlatformTransactionManager transactions;
    @TempDir
    private Path output;

    @Test
    void aFailedRebuildKeepsThePreviousReportsAndLeavesNoStagingFolder() throws IOException {
        ReportScenario.load(new ReportTestData(JdbcClient.create(dataSource)));
        Path folder = service.rebuild(2024, Period.YEAR, output);
        String before = Files.readString(folder.resolve("summary.json"));
        ReportCharts broken = (figures, charts) -> {
            throw new IOException("renderer failed");
        };
        ReportService failing = service(query, reminderLetter, broken);

        assertThatThrownBy(() -> failing.rebuild(2024, Period.YEAR, output))
                .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("renderer failed");

        assertPreviousReportsKept(folder, before);
    }

    @Test
    void aWriterFailingWithARuntimeExceptionAlsoLeavesThePreviousReportsAndNoStagingFolder() throws IOException {
        ReportScenario.load(new ReportTestData(JdbcClient.create(dataSource)));
        Path folder = service.rebuild(2024, Period.YEAR, output);
        String before = Files.readString(folder.resolve("summary.json"));
        ReminderLetterWriter broken = spy(reminderLetter);
        doThrow(new IllegalStateException("letter failed")).when(broken).write(any(), any());
        ReportService failing = service(query, broken, (figures, charts) -> List.of());

        assertThatThrownBy(() -> failing.rebuild(2024, Period.YEAR, output))
                .isInstanceOf(IllegalStateException.class).hasMessage("letter failed");

        assertPreviousReportsKept(folder, before);
    }

    @Test
    void figuresAreReadInOneReadOnlyRepeatableReadTransaction() {
        ReportScenario.load(new ReportTestData(JdbcClient.create(dataSource)));
        List<String> seen = new ArrayList<>();
        PeriodFiguresQuery watched = spy(query);
        doAnswer(call -> {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            seen.add(jdbc.sql("SHOW transaction_isolation").query(String.class).single());
            seen.add(jdbc.sql("SHOW transaction_read_only").query(String.class).single());
            seen.add(String.valueOf(TransactionSynchronizationManager.isActualTransactionActive()));
            return call.callRealMethod();
        }).when(watched).load(anyInt(), any());

        service(watched, reminderLetter, (figures, charts) -> List.of()).rebuild(2024, Period.YEAR, output);

        assertThat(seen).containsExactly("repeatable read", "on", "true");
    }

    private ReportService service(PeriodFiguresQuery figures, ReminderLetterWriter letter, ReportCharts charts) {
        return new ReportService(figures, summaryWriter, workbookWriter, csvExports, reportDocx, letter,
                new StaticListableBeanFactory(Map.of("charts", charts)).getBeanProvider(ReportCharts.class),
                briefingDeck, transactions);
    }

    private void assertPreviousReportsKept(Path folder, String before) throws IOException {
        assertThat(Files.readString(folder.resolve("summary.json"))).isEqualTo(before);
        assertThat(folder.resolve("bao-cao-tong-hop-2024-YEAR.xlsx")).isRegularFile();
        try (Stream<Path> siblings = Files.list(folder.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("YEAR");
        }
    }
}
