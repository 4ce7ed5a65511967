package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;

/** The activities' totals by the database, their rows streamed, and pages of them, against the rows themselves. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodRowsQueryTest {

    private static final List<String> RANK = List.of("JP", "KR", "LA", "VN");

    @Autowired
    private PeriodFiguresQuery query;
    @Autowired
    private DataSource dataSource;

    private EventRows events;
    private List<EventFigure> rows;

    @BeforeAll
    void load() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        ReportTestData data = new ReportTestData(jdbc);
        ReportScenario.load(data);
        long sngv = current(jdbc, "SNGV");
        long svh = current(jdbc, "SVHTTDL");
        // a partner the master data does not know, named by the agency's own text; a tie on date and participants
        data.event(sngv, 3, "NV01", "Hội chợ OCOP", "2024-06-20", "JP", "XX-UNK", 40, 3)
                .event(sngv, 4, "NV01", "Hội chợ OCOP lần 2", "2024-07-20", "JP", "XX-UNK", 40, 3)
                .event(svh, 2, "NV02", "Biểu diễn nghệ thuật", "2024-06-10", "LA", "LA-CH", 100, 5);
        jdbc.sql("UPDATE event SET partner_text = ? WHERE submission_id = ? AND row_no = ?")
                .params("XX-UNK", sngv, 3).update();
        jdbc.sql("UPDATE event SET partner_text = ? WHERE submission_id = ? AND row_no = ?")
                .params("Tỉnh Chưa Có", sngv, 4).update();
        events = query.load(2024, Period.YEAR).events();
        rows = ListEventRows.listOf(events);
    }

    private static long current(JdbcClient jdbc, String agency) {
        return jdbc.sql("SELECT id FROM current_submission WHERE agency_code = ? AND year = 2024 AND period = 'YEAR'")
                .param(agency).query(Long.class).single();
    }

    @Test
    void rowsStreamInDateAgencyRowOrder() {
        assertThat(rows).extracting(e -> e.startDate() + " " + e.agencyCode() + " " + e.rowNo()).containsExactly(
                "2024-03-01 SNGV 2", "2024-06-10 SNGV 1", "2024-06-10 SVHTTDL 2", "2024-06-20 SNGV 3",
                "2024-07-20 SNGV 4", "2024-09-05 SVHTTDL 1", "2024-11-11 BDL 1");
    }

    @Test
    void theDatabasesTotalsAreThoseOfTheRows() {
        EventTotals totals = events.totals();

        assertThat(totals).isEqualTo(new ListEventRows(rows).totals());
        assertThat(totals.count()).isEqualTo(7);
        assertThat(totals.abroad()).isEqualTo(5);
        assertThat(totals.participants()).isEqualTo(510);
        assertThat(totals.foreignGuests()).isEqualTo(41);
        assertThat(totals.byCountry()).containsExactly(entry("JP", 2L), entry("KR", 1L), entry("LA", 2L),
                entry("VN", 2L));
        assertThat(totals.byMonth()).containsExactly(entry(YearMonth.of(2024, 3), 1L), entry(YearMonth.of(2024, 6),
                3L), entry(YearMonth.of(2024, 7), 1L), entry(YearMonth.of(2024, 9), 1L),
                entry(YearMonth.of(2024, 11), 1L));
        assertThat(totals.abroadByAgency()).containsExactly(entry("SNGV", 3L), entry("SVHTTDL", 2L));
        assertThat(totals.byTask()).containsExactly(entry("NV01", 4L), entry("NV02", 2L), entry("NV03", 1L));
        // the first name that is more than the bare code wins; a known partner keeps its master-data name
        assertThat(totals.partnerNames()).containsExactly(entry("KR-JB", "Tỉnh Jeonbuk"),
                entry("LA-CH", "Tỉnh Champasak"), entry("XX-UNK", "Tỉnh Chưa Có"));
        assertThat(totals.partnerAgencies()).containsExactly(entry("KR-JB", List.of("SVHTTDL")),
                entry("LA-CH", List.of("SNGV", "SVHTTDL")), entry("XX-UNK", List.of("SNGV")));
    }

    @Test
    void largestFirstReadsOnlyAsFarAsAsked() {
        List<EventFigure> read = new ArrayList<>();
        events.largestFirst(Set.of("NV01", "NV02"), e -> {
            read.add(e);
            return read.size() < 3;
        });

        // 100 people twice (same day: agency order), then 40 twice (earlier first); stops at the third
        assertThat(read).extracting(EventFigure::name).containsExactly("Tuần văn hóa Đắk Lắk tại Champasak",
                "Biểu diễn nghệ thuật", "Hội chợ OCOP");
    }

    @Test
    void pagesAreFilteredAndSortedAsTheTableAsks() {
        EventFilter all = filter(null, null, EventFilter.Order.DATE, false);
        assertThat(events.count(all)).isEqualTo(7);
        assertThat(events.slice(all, 0, 50)).isEqualTo(rows);
        assertThat(events.slice(all, 5, 50)).isEqualTo(rows.subList(5, 7));

        EventFilter byName = filter(null, null, EventFilter.Order.NAME, true);
        assertThat(events.slice(byName, 0, 50)).isEqualTo(rows.stream()
                .sorted(Comparator.comparing(EventFigure::name).reversed()
                        .thenComparing(EventFigure::agencyCode).thenComparing(EventFigure::rowNo)).toList());

        EventFilter byCountry = filter(null, null, EventFilter.Order.COUNTRY, false);
        assertThat(events.slice(byCountry, 0, 3)).extracting(EventFigure::country).containsExactly("JP", "JP", "KR");

        EventFilter juneInLaos = filter("LA", "2024-06", EventFilter.Order.AGENCY, true);
        assertThat(events.count(juneInLaos)).isEqualTo(2);
        assertThat(events.slice(juneInLaos, 0, 50)).extracting(EventFigure::agencyCode)
                .containsExactly("SVHTTDL", "SNGV");
        assertThat(events.count(filter(" ", "2024", EventFilter.Order.TYPE, false))).isEqualTo(7);
    }

    private static EventFilter filter(String country, String month, EventFilter.Order order, boolean descending) {
        return new EventFilter(country, null, null, null, month, order, descending, RANK);
    }
}
