package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daklak.ngoaivu.normalize.Period;

@SpringBootTest(properties = "ngvh.report.h1-deadline=--06-25")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodFiguresQueryTest {

    @Autowired
    private PeriodFiguresQuery query;
    @Autowired
    private DataSource dataSource;

    private PeriodFigures figures;

    @BeforeAll
    void load() {
        ReportScenario.load(new ReportTestData(JdbcClient.create(dataSource)));
        figures = query.load(2024, Period.YEAR);
    }

    @Test
    void windowAndDeadlineComeFromDecreeAndConfiguration() {
        assertThat(figures.windowText()).isEqualTo("Số liệu từ 15/12/2023 đến 14/12/2024");
        assertThat(figures.deadline()).isEqualTo(LocalDate.of(2024, 12, 20));
        assertThat(query.load(2024, Period.H1).deadline()).isEqualTo(LocalDate.of(2024, 6, 25));
    }

    @Test
    void timelinessUsesTheFirstAcceptedFileInVietnamTime() {
        Map<String, AgencyFigure> agencies = byCode();

        assertThat(agencies.get("SNGV").firstAcceptedAt()).isEqualTo(LocalDateTime.of(2024, 12, 10, 9, 0));
        assertThat(agencies.get("SNGV").onTime()).isTrue();
        assertThat(agencies.get("SVHTTDL").onTime()).isFalse();
        assertThat(agencies.get("STC").onTime()).isNull();
        assertThat(agencies.get("BDL").onTime()).isTrue();
        assertThat(figures.onTimeCount()).isEqualTo(1);
        assertThat(figures.lateCount()).isEqualTo(1);
        assertThat(figures.unrequestedCodes()).containsExactly("BDL");
        assertThat(figures.onTimeCount() + figures.lateCount() + figures.expectedRejectedCount()
                + figures.expectedMissingCount()).isEqualTo(figures.expectedCodes().size());
    }

    @Test
    void missingAgenciesCarryTheirReasonAndLastRejectionDate() {
        AgencyFigure stc = byCode().get("STC");

        assertThat(stc.state()).isEqualTo(AgencyState.REJECTED);
        assertThat(stc.rejectedFiles()).isEqualTo(2);
        assertThat(stc.lastRejectedAt()).isEqualTo(LocalDateTime.of(2024, 12, 19, 8, 0));
        assertThat(stc.missingReason()).isEqualTo("Đã gửi 2 tệp, tất cả bị từ chối. Lỗi đầu tiên: Năm báo cáo để trống.");
        assertThat(byCode().get("HBD").missingReason()).isEqualTo("Chưa gửi báo cáo.");
    }

    @Test
    void currentRowsOnlyWithPartnerNamesAndSpendingGroupings() {
        assertThat(figures.tasks()).hasSize(6);
        assertThat(figures.tasksByAgency()).containsExactly(Map.entry("BDL", 1L), Map.entry("SNGV", 3L),
                Map.entry("SVHTTDL", 2L));
        assertThat(ListEventRows.listOf(figures.events())).extracting(EventFigure::partnerName).contains("Tỉnh Champasak", "Tỉnh Jeonbuk");
        assertThat(figures.spendingByTask().get("NV01")).isEqualTo(new MoneyTotals(900_000_000, 850_000_000,
                800_000_000));
        assertThat(figures.spendingByAgency().get("SVHTTDL").spent()).isEqualTo(5_000_000);
        assertThat(figures.planTasks()).extracting(PlanTaskFigure::code).containsExactly("NV01", "NV02", "NV03");
        assertThat(figures.planTasks().get(0).coordinatingAgencies()).containsExactly("SVHTTDL", "STC");
    }

    @Test
    void problemsCoverEveryFileOfThePeriod() {
        assertThat(ListEventRows.listOf(figures.problems())).extracting(ProblemFigure::agencyCode)
                .containsExactly("SNGV", "STC", "STC", "SVHTTDL");
        assertThat(ListEventRows.listOf(figures.problems())).extracting(ProblemFigure::severity)
                .containsExactly("WARNING", "ERROR", "ERROR", "ERROR");
    }

    private Map<String, AgencyFigure> byCode() {
        return figures.agencies().stream().collect(Collectors.toMap(AgencyFigure::code, Function.identity()));
    }
}
