package vn.daklak.ngoaivu.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest
    @ValueSource(strings = {"6 tháng", "6 tháng đầu năm", "H1", "h1", "6 THÁNG ĐẦU NĂM", "6 thang dau nam",
        "  6   tháng ", "Sáu tháng đầu năm"})
    void firstHalf(String raw) {
        assertThat(Period.parse(raw)).contains(Period.H1);
        assertThat(Period.parse(Normalizer.normalize(raw, Normalizer.Form.NFD))).contains(Period.H1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Năm", "Cả năm", "Hằng năm", "Hàng năm", "YEAR", "year", "Ca nam", "Hang nam", "NĂM"})
    void wholeYear(String raw) {
        assertThat(Period.parse(raw)).contains(Period.YEAR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "Quý I", "9 tháng", "H2"})
    void unknown(String raw) {
        assertThat(Period.parse(raw)).isEmpty();
    }

    @Test
    void nullIsUnknown() {
        assertThat(Period.parse(null)).isEmpty();
    }

    @Test
    void windowsFollowDecree09() {
        assertThat(Period.H1.window(2024)).isEqualTo(new ReportWindow(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 6, 14)));
        assertThat(Period.YEAR.window(2024).contains(LocalDate.of(2024, 12, 14))).isTrue();
        assertThat(Period.YEAR.window(2024).contains(LocalDate.of(2024, 12, 20))).isFalse();
    }

    @Test
    void labelsAreWrittenOneWayEverywhere() {
        assertThat(Period.H1.label()).isEqualTo("6 tháng đầu năm");
        assertThat(Period.YEAR.label()).isEqualTo("năm");
        assertThat(Period.YEAR.label(2024)).isEqualTo("năm 2024");
        assertThat(Period.H1.heading()).isEqualTo("6 tháng đầu năm");
        assertThat(Period.YEAR.heading()).isEqualTo("Cả năm");
    }
}
