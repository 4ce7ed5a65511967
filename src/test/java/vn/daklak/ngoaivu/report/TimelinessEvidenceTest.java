package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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

/**
 * Timeliness on the best evidence: the date the workbook states ("Ngày lập"), then the file's arrival. Deadline of
 * YEAR 2024: 20/12/2024.
 * <ul>
 * <li>SNGV: arrived 28/12 (copied late), states 18/12: on time by its stated date, and the report says so.</li>
 * <li>STC: arrived 28/12, states nothing: late by its arrival.</li>
 * <li>SVHTTDL: arrived 19/12, states 30/12 (a date after its arrival is a typing mistake): on time by arrival.</li>
 * <li>SKHDT: first file arrived 27/12 stating 22/12, corrected file stating 10/12: late by the first file's date.</li>
 * </ul>
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelinessEvidenceTest {

    @Autowired
    private PeriodFiguresQuery query;
    @Autowired
    private ReportDocxWriter writer;
    @Autowired
    private DataSource dataSource;

    private PeriodFigures figures;

    @BeforeAll
    void load() {
        ReportTestData data = new ReportTestData(JdbcClient.create(dataSource)).reset()
                .agency("SNGV", "Sở Ngoại vụ", "DEPARTMENT", true, "2000-01-01", null)
                .agency("STC", "Sở Tài chính", "DEPARTMENT", true, "2000-01-01", null)
                .agency("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "DEPARTMENT", true, "2000-01-01", null)
                .agency("SKHDT", "Sở Kế hoạch và Đầu tư", "DEPARTMENT", true, "2000-01-01", null);
        data.statedDate(data.accepted("SNGV", 2024, Period.YEAR, "2024-12-28T10:00:00+07:00"), "2024-12-18");
        data.accepted("STC", 2024, Period.YEAR, "2024-12-28T10:00:00+07:00");
        data.statedDate(data.accepted("SVHTTDL", 2024, Period.YEAR, "2024-12-19T10:00:00+07:00"), "2024-12-30");
        data.statedDate(data.accepted("SKHDT", 2024, Period.YEAR, "2024-12-27T10:00:00+07:00"), "2024-12-22");
        data.statedDate(data.accepted("SKHDT", 2024, Period.YEAR, "2024-12-29T10:00:00+07:00"), "2024-12-10");
        figures = query.load(2024, Period.YEAR);
    }

    @Test
    void theStatedDateDecidesUnlessItIsMissingOrLaterThanTheArrival() {
        Map<String, AgencyFigure> agencies = figures.agencies().stream()
                .collect(Collectors.toMap(AgencyFigure::code, Function.identity()));

        assertThat(agencies.get("SNGV").timeliness()).isEqualTo(new TimelinessEvidence(
                TimelinessEvidence.Basis.STATED_DATE, LocalDate.of(2024, 12, 18), LocalDate.of(2024, 12, 28)));
        assertThat(agencies.get("SNGV").onTime()).isTrue();
        assertThat(agencies.get("STC").timeliness().basis()).isEqualTo(TimelinessEvidence.Basis.ARRIVAL);
        assertThat(agencies.get("STC").onTime()).isFalse();
        assertThat(agencies.get("SVHTTDL").timeliness()).isEqualTo(new TimelinessEvidence(
                TimelinessEvidence.Basis.ARRIVAL, LocalDate.of(2024, 12, 19), LocalDate.of(2024, 12, 19)));
        assertThat(agencies.get("SVHTTDL").onTime()).isTrue();
        assertThat(agencies.get("SKHDT").timeliness().day()).isEqualTo(LocalDate.of(2024, 12, 22));
        assertThat(agencies.get("SKHDT").onTime()).isFalse();
        assertThat(List.of(figures.onTimeCount(), figures.lateCount())).containsExactly(2L, 2L);
        assertThat(figures.statedDateOverrulesArrivalCodes()).containsExactly("SNGV");
        assertThat(figures.judgedByArrivalCodes()).containsExactly("STC", "SVHTTDL");
    }

    @Test
    void theReportSaysWhichEvidenceWasUsedWhereTheyDisagree() {
        String text = new DocxReadBack(writer.build(figures, List.of(), LocalDate.of(2024, 12, 30)).toBytes())
                .bodyText();

        assertThat(text).contains("Có 4 cơ quan, đơn vị thuộc diện báo cáo: 2 cơ quan, đơn vị gửi báo cáo hợp lệ đúng"
                        + " hạn; 2 cơ quan, đơn vị gửi báo cáo hợp lệ sau hạn ngày 20/12/2024.")
                .contains("Việc gửi đúng hạn được xác định theo ngày lập ghi trong báo cáo (mục \"Ngày lập\" của trang"
                        + " Thông tin chung); 2 cơ quan, đơn vị (Sở Tài chính, Sở Văn hóa, Thể thao và Du lịch) không ghi"
                        + " ngày lập (hoặc ghi ngày sau thời điểm nhận tệp) nên được xác định theo thời điểm nhận tệp."
                        + " Tệp của 1 cơ quan, đơn vị (Sở Ngoại vụ) được nhận sau hạn nhưng ngày lập trong hạn nên được"
                        + " tính theo ngày lập (thời điểm nhận tệp có thể là thời điểm sao chép tệp).");
    }
}
