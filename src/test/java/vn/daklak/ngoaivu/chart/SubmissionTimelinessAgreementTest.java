package vn.daklak.ngoaivu.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.PeriodFigures;
import vn.daklak.ngoaivu.report.PeriodFiguresQuery;
import vn.daklak.ngoaivu.report.ReportService;

/**
 * The submission-status chart draws the numbers summary.json states, both from the one {@link PeriodFigures}: the
 * expected agencies split into on time, late, rejected only and missing (an agency that reported without being
 * required to is counted in accepted only); on time by the first accepted file's arrival (no stated date here), by
 * the end of the deadline day in Vietnam. A corrected file sent after
 * the deadline does not make an agency late once a valid report was in on time.
 */
@SpringBootTest
class SubmissionTimelinessAgreementTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeriodFiguresQuery figuresQuery;
    @Autowired
    ReportService reports;
    @TempDir
    Path output;

    @Test
    void submissionStatusChartCountsEqualTheSummaryCounts() throws Exception {
        ChartTestData data = new ChartTestData(jdbc);
        ChartScenario.load(data);
        data.superseded("SMOI", 2024, "YEAR", "2024-12-19T08:00:00+07:00");
        data.accepted("SMOI", 2024, "YEAR", "2024-12-28T08:00:00+07:00");

        PeriodFigures figures = figuresQuery.load(2024, Period.YEAR);
        Map<String, Double> chart = ChartDatasetsTest.series(new ChartDatasets(figures).submissionStatus(),
                ChartTexts.AGENCY_COUNT);
        JsonNode summary = new ObjectMapper().readTree(
                reports.rebuild(2024, Period.YEAR, output).resolve("summary.json").toFile()).get("submissions");

        assertThat(chart).containsExactly(entry(ChartTexts.ON_TIME, 3.0), entry(ChartTexts.LATE, 2.0),
                entry(ChartTexts.REJECTED, 1.0), entry(ChartTexts.MISSING, 1.0));
        assertThat(chart.values().stream().mapToDouble(Double::doubleValue).sum())
                .isEqualTo(summary.get("expected").asDouble());
        assertThat(figures.unrequestedCodes()).containsExactly("BAODL");
        assertThat(chart.get(ChartTexts.ON_TIME) + chart.get(ChartTexts.LATE) + figures.unrequestedCodes().size())
                .isEqualTo(summary.get("accepted").asDouble());
        assertThat(chart.get(ChartTexts.REJECTED) + chart.get(ChartTexts.MISSING))
                .isEqualTo(summary.get("missing").asDouble());
        assertThat(chart.get(ChartTexts.REJECTED)).isEqualTo(summary.get("rejected").asDouble());
    }
}
