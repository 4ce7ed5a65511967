package vn.daklak.ngoaivu.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.PeriodFigures;
import vn.daklak.ngoaivu.report.PeriodFiguresQuery;

/**
 * The submission-status chart and the reports' figures judge timeliness by one rule: the first accepted file's
 * arrival, by the end of the deadline day in Vietnam. A corrected file sent after the deadline does not make an agency
 * late once a valid report was in on time.
 */
@SpringBootTest
class SubmissionTimelinessAgreementTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeriodFiguresQuery figuresQuery;
    @Autowired
    SubmissionDeadlines deadlines;

    @Test
    void chartAndReportFiguresCountTheSameAgenciesOnTimeLateRejectedAndMissing() {
        ChartTestData data = new ChartTestData(jdbc);
        ChartScenario.load(data);
        data.superseded("SMOI", 2024, "YEAR", "2024-12-19T08:00:00+07:00");
        data.accepted("SMOI", 2024, "YEAR", "2024-12-28T08:00:00+07:00");

        SubmissionStatusQuery.Counts chart = new SubmissionStatusQuery(jdbc, deadlines).counts(2024, Period.YEAR);
        PeriodFigures figures = figuresQuery.load(2024, Period.YEAR);

        assertThat(chart).isEqualTo(new SubmissionStatusQuery.Counts(4, 2, 1, 1));
        assertThat(chart.onTime()).isEqualTo(figures.onTimeCount());
        assertThat(chart.late()).isEqualTo(figures.lateCount());
        assertThat(chart.rejected() + chart.missing()).isEqualTo(figures.missingCodes().size());
        assertThat(figures.deadline()).isEqualTo(deadlines.deadline(2024, Period.YEAR));
    }
}
