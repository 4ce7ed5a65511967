package vn.daklak.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.YearPeriod;
import vn.daklak.ngoaivu.report.AgencyFigure;
import vn.daklak.ngoaivu.report.AgencyState;
import vn.daklak.ngoaivu.report.ListEventRows;
import vn.daklak.ngoaivu.report.PeriodFigures;

class StatusLineTest {

    private static final LocalDate DEADLINE = LocalDate.of(2024, 12, 20);

    @Test
    void namesTheAgenciesStillMissingAndThoseWithOnlyRejectedFiles() {
        PeriodFigures f = new PeriodFigures(2024, Period.YEAR, null, DEADLINE, List.of(
                agency("SNGV", "Sở Ngoại vụ", AgencyState.ACCEPTED, LocalDateTime.of(2024, 12, 10, 9, 0)),
                agency("STC", "Sở Tài chính", AgencyState.REJECTED, null),
                agency("HBD", "Hội Bảo trợ", AgencyState.MISSING, null)),
                List.of(), List.of(), ListEventRows.NONE, List.of(), ListEventRows.problems(List.of()), null);

        assertThat(StatusLine.of(new YearPeriod(2024, Period.YEAR), f)).isEqualTo("2024 YEAR: 3 cơ quan phải báo"
                + " cáo, 1 đã có báo cáo được chấp nhận (1 đúng hạn), 2 chưa có: Sở Tài chính (STC), Hội Bảo trợ"
                + " (HBD); 1 chỉ có tệp bị từ chối: Sở Tài chính (STC)");
    }

    private static AgencyFigure agency(String code, String name, AgencyState state, LocalDateTime acceptedAt) {
        return new AgencyFigure(code, name, null, "DEPARTMENT", true, state, null, null, acceptedAt, null, DEADLINE, 0,
                state == AgencyState.REJECTED ? 1 : 0, null, null);
    }
}
