package vn.daklak.ngoaivu.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.PeriodFiguresQuery;

/** The year-over-year charts follow successor chains to their end; a cycle in the master data does not hang them. */
@SpringBootTest
class SuccessorChainTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeriodFiguresQuery query;

    @Test
    void successorChainsAreFollowedToTheEndAndCyclesDoNotHang() {
        ChartTestData data = new ChartTestData(jdbc);
        ChartScenario.load(data);
        data.agency("SKHDTCU", "Sở KH&ĐT cũ", true, "2000-01-01", "2020-12-31", "SKHDT")
                .agency("VONG1", "Vòng 1", true, "2000-01-01", null, "VONG2")
                .agency("VONG2", "Vòng 2", true, "2000-01-01", null, "VONG1");
        long old = data.accepted("SKHDTCU", 2023, "YEAR", "2023-12-18T09:00:00+07:00");
        long loop = data.accepted("VONG1", 2023, "YEAR", "2023-12-18T09:00:00+07:00");
        data.task(old, "DONE").task(loop, "DONE");

        CategoryDataset byAgency = new ChartDatasets(query.load(2025, Period.YEAR)).tasksDoneByAgencyAndYear();
        assertThat(ChartDatasetsTest.series(byAgency, "2023")).containsEntry("Sở Tài chính", 3.0).doesNotContainKey("Sở KH&ĐT cũ");
        assertThat(ChartDatasetsTest.series(new ChartDatasets(query.load(2025, Period.YEAR)).yearOverYear(), ChartTexts.TASKS_DONE))
                .containsEntry("2023", 5.0);
    }

}
