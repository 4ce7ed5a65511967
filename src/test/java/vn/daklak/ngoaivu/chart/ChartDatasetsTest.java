package vn.daklak.ngoaivu.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.time.MonthDay;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.general.PieDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;

/** Each chart's data against figures worked out by hand from {@link ChartScenario}. */
@SpringBootTest
class ChartDatasetsTest {

    @Autowired
    JdbcClient jdbc;

    ChartDatasets datasets;

    @BeforeEach
    void loadScenario() {
        ChartScenario.load(new ChartTestData(jdbc));
        datasets = new ChartDatasets(jdbc, SubmissionDeadlines.defaults());
    }

    @Test
    void taskStatusCountsOnlyCurrentAcceptedRowsOfThePeriod() {
        assertThat(pie(datasets.taskStatus(2024, Period.YEAR))).containsExactly(
                entry("Hoàn thành", 5.0), entry("Đang thực hiện", 1.0), entry("Chưa thực hiện", 1.0),
                entry("Không thực hiện", 1.0), entry("Hoãn, chuyển kỳ sau", 1.0));
        assertThat(pie(datasets.taskStatus(2024, Period.H1))).containsEntry("Đang thực hiện", 1.0)
                .containsEntry("Hoàn thành", 0.0);
    }

    @Test
    void taskStatusByAgencyStacksStatusesPerAgencyInCodeOrder() {
        CategoryDataset data = datasets.taskStatusByAgency(2024, Period.YEAR);
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
        assertThat(series(datasets.eventsByCountry(2024, Period.YEAR), ChartTexts.EVENT_COUNT)).containsExactly(
                entry("Việt Nam", 3.0), entry("Hàn Quốc", 2.0), entry("Campuchia", 1.0), entry("Lào", 1.0));
    }

    @Test
    void eventsByPartnerCountsKnownPartnersWhereverTheEventTookPlace() {
        assertThat(series(datasets.eventsByPartner(2024, Period.YEAR), ChartTexts.EVENT_COUNT)).containsExactly(
                entry("tỉnh Champasak (Lào)", 2.0), entry("tỉnh Mondulkiri (Campuchia)", 1.0),
                entry("tỉnh Jeollabuk (Hàn Quốc)", 1.0));
    }

    @Test
    void eventsPerMonthCoverTheWholeWindowPlusMonthsReportedOutsideIt() {
        Map<String, Double> months = series(datasets.eventsPerMonth(2024, Period.YEAR), ChartTexts.EVENT_COUNT);
        assertThat(months.keySet()).containsExactly("12/2023", "01/2024", "02/2024", "03/2024", "04/2024", "05/2024",
                "06/2024", "07/2024", "08/2024", "09/2024", "10/2024", "11/2024", "12/2024", "01/2025");
        assertThat(months).containsEntry("12/2023", 1.0).containsEntry("01/2024", 1.0).containsEntry("02/2024", 0.0)
                .containsEntry("03/2024", 1.0).containsEntry("05/2024", 1.0).containsEntry("07/2024", 1.0)
                .containsEntry("11/2024", 1.0).containsEntry("12/2024", 0.0).containsEntry("01/2025", 1.0);
        assertThat(series(datasets.eventsPerMonth(2024, Period.H1), ChartTexts.EVENT_COUNT).keySet())
                .containsExactly("12/2023", "01/2024", "02/2024", "03/2024", "04/2024", "05/2024", "06/2024");
    }

    @Test
    void spendingBySourceInMillionsOfDong() {
        CategoryDataset data = datasets.spendingBySource(2024, Period.YEAR);
        assertThat(series(data, ChartTexts.ESTIMATE)).containsExactly(entry("Ngân sách nhà nước", 180.0),
                entry("Xã hội hóa", 0.0), entry("Nguồn hợp pháp khác", 10.0));
        assertThat(series(data, ChartTexts.ALLOCATED)).containsExactly(entry("Ngân sách nhà nước", 130.0),
                entry("Xã hội hóa", 0.0), entry("Nguồn hợp pháp khác", 8.0));
        assertThat(series(data, ChartTexts.SPENT)).containsExactly(entry("Ngân sách nhà nước", 110.0),
                entry("Xã hội hóa", 20.0), entry("Nguồn hợp pháp khác", 5.0));
    }

    @Test
    void budgetExecutionIsSpentOverAllocatedForAgenciesWithAnAllocation() {
        Map<String, Double> rates = series(datasets.budgetExecution(2024, Period.YEAR), ChartTexts.RATE);
        assertThat(rates.keySet()).containsExactly("Sở KH&ĐT", "Sở Ngoại vụ", "Sở Tài chính");
        assertThat(rates.get("Sở KH&ĐT")).isCloseTo(62.5, within(1e-9));
        assertThat(rates.get("Sở Ngoại vụ")).isCloseTo(75.0, within(1e-9));
        assertThat(rates.get("Sở Tài chính")).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void submissionStatusSplitsAgenciesIntoOnTimeLateRejectedMissing() {
        assertThat(new SubmissionStatusQuery(jdbc, SubmissionDeadlines.defaults()).counts(2024, Period.YEAR))
                .isEqualTo(new SubmissionStatusQuery.Counts(3, 2, 1, 2));
        assertThat(series(datasets.submissionStatus(2024, Period.YEAR), ChartTexts.AGENCY_COUNT)).containsExactly(
                entry(ChartTexts.ON_TIME, 3.0), entry(ChartTexts.LATE, 2.0), entry(ChartTexts.REJECTED, 1.0),
                entry(ChartTexts.MISSING, 2.0));
    }

    @Test
    void deadlinesComeFromTheConfiguredRecord() {
        SubmissionDeadlines early = new SubmissionDeadlines(MonthDay.of(6, 10), MonthDay.of(12, 10),
                ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(new SubmissionStatusQuery(jdbc, SubmissionDeadlines.defaults()).counts(2024, Period.H1))
                .isEqualTo(new SubmissionStatusQuery.Counts(1, 0, 0, 5));
        assertThat(new SubmissionStatusQuery(jdbc, early).counts(2024, Period.H1))
                .isEqualTo(new SubmissionStatusQuery.Counts(0, 1, 0, 5));
    }

    @Test
    void yearOverYearTotalsEachYearOfThePeriod() {
        CategoryDataset data = datasets.yearOverYear(2025, Period.YEAR);
        assertThat(series(data, ChartTexts.TASKS_DONE))
                .containsExactly(entry("2023", 3.0), entry("2024", 5.0), entry("2025", 2.0));
        assertThat(series(data, ChartTexts.EVENTS))
                .containsExactly(entry("2023", 2.0), entry("2024", 7.0), entry("2025", 1.0));
        assertThat(series(data, ChartTexts.ABROAD))
                .containsExactly(entry("2023", 1.0), entry("2024", 4.0), entry("2025", 0.0));
        assertThat(series(datasets.spendingByYear(2025, Period.YEAR), ChartTexts.SPENT))
                .containsExactly(entry("2023", 40.0), entry("2024", 135.0), entry("2025", 70.0));
    }

    @Test
    void yearOverYearFollowsMergedAgenciesToTheirSuccessor() {
        CategoryDataset data = datasets.tasksDoneByAgencyAndYear(2025, Period.YEAR);
        assertThat(data.getColumnKeys()).containsExactly("Báo Đắk Lắk", "Sở Ngoại vụ", "Sở Tài chính", "UBND H. Lắk");
        assertThat(series(data, "2023")).containsExactly(entry("Báo Đắk Lắk", 0.0), entry("Sở Ngoại vụ", 1.0),
                entry("Sở Tài chính", 2.0), entry("UBND H. Lắk", 0.0));
        assertThat(series(data, "2024")).containsExactly(entry("Báo Đắk Lắk", 1.0), entry("Sở Ngoại vụ", 2.0),
                entry("Sở Tài chính", 2.0), entry("UBND H. Lắk", 0.0));
        assertThat(series(data, "2025")).containsExactly(entry("Báo Đắk Lắk", 0.0), entry("Sở Ngoại vụ", 1.0),
                entry("Sở Tài chính", 1.0), entry("UBND H. Lắk", 0.0));
    }

    @Test
    void successorChainsAreFollowedToTheEndAndCyclesDoNotHang() {
        ChartTestData data = new ChartTestData(jdbc);
        data.agency("SKHDTCU", "Sở KH&ĐT cũ", true, "2000-01-01", "2020-12-31", "SKHDT")
                .agency("VONG1", "Vòng 1", true, "2000-01-01", null, "VONG2")
                .agency("VONG2", "Vòng 2", true, "2000-01-01", null, "VONG1");
        long old = data.accepted("SKHDTCU", 2023, "YEAR", "2023-12-18T09:00:00+07:00");
        long loop = data.accepted("VONG1", 2023, "YEAR", "2023-12-18T09:00:00+07:00");
        data.task(old, "DONE").task(loop, "DONE");

        CategoryDataset byAgency = datasets.tasksDoneByAgencyAndYear(2025, Period.YEAR);
        assertThat(series(byAgency, "2023")).containsEntry("Sở Tài chính", 3.0).doesNotContainKey("Sở KH&ĐT cũ");
        assertThat(series(datasets.yearOverYear(2025, Period.YEAR), ChartTexts.TASKS_DONE))
                .containsEntry("2023", 5.0);
    }

    @Test
    void comparisonNeedsAnEarlierYear() {
        assertThat(datasets.hasEarlierYears(2024, Period.YEAR)).isTrue();
        assertThat(datasets.hasEarlierYears(2023, Period.YEAR)).isFalse();
        assertThat(datasets.hasEarlierYears(2024, Period.H1)).isFalse();
    }

    @Test
    void sameDataGiveSameChartData() {
        ChartDatasets again = new ChartDatasets(jdbc, SubmissionDeadlines.defaults());
        assertThat(again.taskStatusByAgency(2024, Period.YEAR)).isEqualTo(datasets.taskStatusByAgency(2024, Period.YEAR));
        assertThat(again.eventsByCountry(2024, Period.YEAR)).isEqualTo(datasets.eventsByCountry(2024, Period.YEAR));
        assertThat(again.tasksDoneByAgencyAndYear(2025, Period.YEAR))
                .isEqualTo(datasets.tasksDoneByAgencyAndYear(2025, Period.YEAR));
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
