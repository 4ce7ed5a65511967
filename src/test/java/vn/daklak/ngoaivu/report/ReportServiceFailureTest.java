package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
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
        ReportService failing = new ReportService(query, summaryWriter, workbookWriter, csvExports, reportDocx, reminderLetter,
                new StaticListableBeanFactory(Map.of("charts", broken)).getBeanProvider(ReportCharts.class),
                briefingDeck);

        assertThatThrownBy(() -> failing.rebuild(2024, Period.YEAR, output))
                .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("renderer failed");

        assertThat(Files.readString(folder.resolve("summary.json"))).isEqualTo(before);
        assertThat(folder.resolve("bao-cao-tong-hop-2024-YEAR.xlsx")).isRegularFile();
        try (Stream<Path> siblings = Files.list(folder.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("YEAR");
        }
    }
}
