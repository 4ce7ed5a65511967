package vn.daklak.ngoaivu.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.general.PieDataset;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.PeriodFiguresQuery;
import vn.daklak.ngoaivu.report.SubmissionDeadlines;
import vn.daklak.ngoaivu.support.VietnamTime;

/**
 * Each chart's data against figures worked out by hand from {@link ChartScenario}, loaded once for the class: the
 * charts take every number from the period's {@code PeriodFigures}.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartDatasetsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    DataSource dataSource;
    @Autowired
    PeriodFiguresQuery query;

    @BeforeAll
    void loadScenario() {
        ChartScenario.load(new ChartTestData(jdbc));
    }

    private ChartDatasets datasets(int year, Period period) {
        return new ChartDatasets(query.load(year, period));
    }

    @Test
    void taskStatusCountsOnlyCurrentAcceptedRowsOfThePeriod() {
        assertThat(pie(datasets(2024, Period.YEAR).taskStatus())).containsExactly(
                entry("Hoàn thành", 5.0), entry("Đang thực hiện", 1.0), entry("Chưa thực hiện", 1.0),
                entry("Không thực hiện", 1.0), entry("Hoãn, chuyển kỳ sau", 1.0));
        assertThat(pie(datasets(2024, Period.H1).taskStatus())).containsEntry("Đang thực hiện", 1.0)
                .containsEntry("Hoàn thành", 0.0);
    }

    @Test
    void taskStatusByAgencyStacksStatusesPerAgencyInCodeOrder() {
        CategoryDataset data = datasets(2024, Period.YEAR).taskStatusByAgency();
        assertThat(data.getColumnKeys()).containsExactly(
                "Báo Đắk Lắk", "Sở KH&ĐT", "Sở Ngoại vụ", "Sở Tài chính", "UBND H. Lắk");
        assertThat(series(data, "Hoàn thành")).containsExactly(entry("Báo Đắk Lắk", 1.0), entry("Sở KH&ĐT", 1.0),
                entry("Sở Ngoại vụ", 2.0), entry("Sở Tài chính", 1.0), entry("UBND H. Lắk", 0.0));
        assertThat(series(data, "Không thực hiện")).containsEntry("UBND H. Lắk", 1.0).containsEntry("Sở Ngoại vụ", 0.0);
        assertThat(series(data, "Hoãn, chuyển kỳ sau")).containsEntry("Sở Tài chính", 1.0);
        assertThat(data.getRowCount()).isEqualTo(5);
    }

    @Test
    void eventsByCountryMostFirstThenByCode() {
        assertThat(series(datasets(2024, Period.YEAR).eventsByCountry(), ChartTexts.EVENT_COUNT)).containsExactly(
                entry("Việt Nam", 3.0), entry("Hàn Quốc", 2.0), entry("Campuchia", 1.0), entry("Lào", 1.0));
    }

    @Test
    void eventsByPartnerCountsKnownPartnersWhereverTheEventTookPlace() {
        assertThat(series(datasets(2024, Period.YEAR).eventsByPartner(), ChartTexts.EVENT_COUNT)).containsExactly(
                entry("tỉnh Champasak (Lào)", 2.0), entry("tỉnh Mondulkiri (Campuchia)", 1.0),
                entry("tỉnh Jeollabuk (Hàn Quốc)", 1.0));
    }

    @Test
    void eventsPerMonthCoverTheWholeWindowPlusMonthsReportedOutsideIt() {
        Map<String, Double> months = series(datasets(2024, Period.YEAR).eventsPerMonth(), ChartTexts.EVENT_COUNT);
        assertThat(months.keySet()).containsExactly("12/2023", "01/2024", "02/2024", "03/2024", "04/2024", "05/2024",
                "06/2024", "07/2024", "08/2024", "09/2024", "10/2024", "11/2024", "12/2024", "01/2025");
        assertThat(months).containsEntry("12/2023", 1.0).containsEntry("01/2024", 1.0).containsEntry("02/2024", 0.0)
                .containsEntry("03/2024", 1.0).containsEntry("05/2024", 1.0).containsEntry("07/2024", 1.0)
                .containsEntry("11/2024", 1.0).containsEntry("12/2024", 0.0).containsEntry("01/2025", 1.0);
        assertThat(series(datasets(2024, Period.H1).eventsPerMonth(), ChartTexts.EVENT_COUNT).keySet())
                .containsExactly("12/2023", "01/2024", "02/2024", "03/2024", "04/2024", "05/2024", "06/2024");
    }

    @Test
    void spendingBySourceInMillionsOfDong() {
        CategoryDataset data = datasets(2024, Period.YEAR).spendingBySource();
        assertThat(series(data, ChartTexts.ESTIMATE)).containsExactly(entry("Ngân sách nhà nước", 180.0),
                entry("Xã hội hóa", 0.0), entry("Nguồn hợp pháp khác", 10.0));
        assertThat(series(data, ChartTexts.ALLOCATED)).containsExactly(entry("Ngân sách nhà nước", 130.0),
                entry("Xã hội hóa", 0.0), entry("Nguồn hợp pháp khác", 8.0));
        assertThat(series(data, ChartTexts.SPENT)).containsExactly(entry("Ngân sách nhà nước", 110.0),
                entry("Xã hội hóa", 20.0), entry("Nguồn hợp pháp khác", 5.0));
    }

    @Test
    void budgetExecutionIsSpentOverAllocatedForAgenciesWithAnAllocation() {
        Map<String, Double> rates = series(datasets(2024, Period.YEAR).budgetExecution(), ChartTexts.RATE);
        assertThat(rates.keySet()).containsExactly("Sở KH&ĐT", "Sở Ngoại vụ", "Sở Tài chính");
        assertThat(rates.get("Sở KH&ĐT")).isCloseTo(62.5, within(1e-9));
        assertThat(rates.get("Sở Ngoại vụ")).isCloseTo(75.0, within(1e-9));
        assertThat(rates.get("Sở Tài chính")).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void submissionStatusSplitsAgenciesIntoOnTimeLateRejectedMissing() {
        assertThat(series(datasets(2024, Period.YEAR).submissionStatus(), ChartTexts.AGENCY_COUNT)).containsExactly(
                entry(ChartTexts.ON_TIME, 2.0), entry(ChartTexts.LATE, 2.0), entry(ChartTexts.REJECTED, 1.0),
                entry(ChartTexts.MISSING, 2.0));
    }

    @Test
    void deadlinesComeFromTheConfiguredRecord() {
        SubmissionDeadlines earlyDeadlines = new SubmissionDeadlines(MonthDay.of(6, 10), MonthDay.of(12, 10),
                VietnamTime.ZONE);
        assertThat(series(datasets(2024, Period.H1).submissionStatus(), ChartTexts.AGENCY_COUNT)).containsExactly(
                entry(ChartTexts.ON_TIME, 1.0), entry(ChartTexts.LATE, 0.0), entry(ChartTexts.REJECTED, 0.0),
                entry(ChartTexts.MISSING, 5.0));
        ChartDatasets early = new ChartDatasets(
                new PeriodFiguresQuery(dataSource, earlyDeadlines, transactions).load(2024, Period.H1));
        assertThat(series(early.submissionStatus(), ChartTexts.AGENCY_COUNT)).containsExactly(
                entry(ChartTexts.ON_TIME, 0.0), entry(ChartTexts.LATE, 1.0), entry(ChartTexts.REJECTED, 0.0),
                entry(ChartTexts.MISSING, 5.0));
    }

    @Test
    void yearOverYearTotalsEachYearOfThePeriod() {
        CategoryDataset data = datasets(2025, Period.YEAR).yearOverYear();
        assertThat(series(data, ChartTexts.TASKS_DONE))
                .containsExactly(entry("2023", 3.0), entry("2024", 5.0), entry("2025", 2.0));
        assertThat(series(data, ChartTexts.EVENTS))
                .containsExactly(entry("2023", 2.0), entry("2024", 7.0), entry("2025", 1.0));
        assertThat(series(data, ChartTexts.ABROAD))
                .containsExactly(entry("2023", 1.0), entry("2024", 4.0), entry("2025", 0.0));
        assertThat(series(datasets(2025, Period.YEAR).spendingByYear(), ChartTexts.SPENT))
                .containsExactly(entry("2023", 40.0), entry("2024", 135.0), entry("2025", 70.0));
    }

    @Test
    void yearOverYearFollowsMergedAgenciesToTheirSuccessor() {
        CategoryDataset data = datasets(2025, Period.YEAR).tasksDoneByAgencyAndYear();
        assertThat(data.getColumnKeys()).containsExactly("Báo Đắk Lắk", "Sở Ngoại vụ", "Sở Tài chính", "UBND H. Lắk");
        assertThat(series(data, "2023")).containsExactly(entry("Báo Đắk Lắk", 0.0), entry("Sở Ngoại vụ", 1.0),
                entry("Sở Tài chính", 2.0), entry("UBND H. Lắk", 0.0));
        assertThat(series(data, "2024")).containsExactly(entry("Báo Đắk Lắk", 1.0), entry("Sở Ngoại vụ", 2.0),
                entry("Sở Tài chính", 2.0), entry("UBND H. Lắk", 0.0));
        assertThat(series(data, "2025")).containsExactly(entry("Báo Đắk Lắk", 0.0), entry("Sở Ngoại vụ", 1.0),
                entry("Sở Tài chính", 1.0), entry("UBND H. Lắk", 0.0));
    }

    @Test
    void comparisonNeedsAnEarlierYear() {
        assertThat(datasets(2024, Period.YEAR).hasEarlierYears()).isTrue();
        assertThat(datasets(2023, Period.YEAR).hasEarlierYears()).isFalse();
        assertThat(datasets(2024, Period.H1).hasEarlierYears()).isFalse();
    }

    @Test
    void sameDataGiveSameChartData() {
        ChartDatasets first = datasets(2024, Period.YEAR);
        ChartDatasets again = datasets(2024, Period.YEAR);
        assertThat(again.taskStatusByAgency()).isEqualTo(first.taskStatusByAgency());
        assertThat(again.eventsByCountry()).isEqualTo(first.eventsByCountry());
        assertThat(datasets(2025, Period.YEAR).tasksDoneByAgencyAndYear())
                .isEqualTo(datasets(2025, Period.YEAR).tasksDoneByAgencyAndYear());
    }

    static Map<String, Double> pie(PieDataset<String> data) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String key : data.getKeys()) {
            values.put(key, data.getValue(key).doubleValue());
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Double> series(CategoryDataset data, String row) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Comparable<?> column : (Iterable<Comparable<?>>) data.getColumnKeys()) {
            Number value = data.getValue(row, column);
            values.put((String) column, value == null ? null : value.doubleValue());
        }
        return values;
    }
}
