package vn.daklak.ngoaivu.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"15/03/2024", "15-03-2024", "15.03.2024", "2024-03-15", "ngày 15 tháng 3 năm 2024",
        "Ngày 15 tháng 03 năm 2024", "ngay 15 thang 3 nam 2024", "15/3/2024", " 15 / 03 / 2024 ", "15/03/2024 08:30"})
    void dayPrecision(String raw) {
        assertThat(DateParser.parse(raw).value()).isEqualTo(new PartialDate(LocalDate.of(2024, 3, 15), DatePrecision.DAY));
    }

    @Test
    void dayFirstAlways() {
        assertThat(DateParser.parse("5/3/2024").value().date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(DateParser.parse("03/05/2024").value().date()).isEqualTo(LocalDate.of(2024, 5, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tháng 3/2024", "03/2024", "3/2024", "Tháng 3 năm 2024", "thang 03-2024"})
    void monthPrecision(String raw) {
        PartialDate date = DateParser.parse(raw).value();
        assertThat(date).isEqualTo(new PartialDate(LocalDate.of(2024, 3, 1), DatePrecision.MONTH));
        assertThat(date.lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Quý I/2024|1", "Quý II/2024|4", "Quý III/2024|7", "Quý IV/2024|10", "quý iv/2024|10", "Quý 1/2024|1",
        "Q1/2024|1", "Q3/2024|7", "Quý II năm 2024|4", "Quy IV 2024|10"})
    void quarterPrecision(String raw, int firstMonth) {
        assertThat(DateParser.parse(raw).value())
                .isEqualTo(new PartialDate(LocalDate.of(2024, firstMonth, 1), DatePrecision.QUARTER));
    }

    @Test
    void impossibleDateSaysHowToWriteIt() {
        Parsed<PartialDate> parsed = DateParser.parse("31/02/2024");
        assertThat(parsed.failed()).isTrue();
        assertThat(parsed.error()).isEqualTo(
                "Ngày \"31/02/2024\" không hợp lệ: hãy ghi theo dạng ngày/tháng/năm, ví dụ 15/03/2024.");
    }

    @Test
    void twoDigitYearIsAnError() {
        Parsed<PartialDate> parsed = DateParser.parse("15/03/24");
        assertThat(parsed.failed()).isTrue();
        assertThat(parsed.error()).contains("15/03/24").contains("4 chữ số").contains("15/03/2024");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hôm qua", "2024", "15/03", "13/2024", "Quý V/2024", "15/03/2024 - 20/03/2024", "32/01/2024",
        "15/03/1800"})
    void unreadableOrImpossible(String raw) {
        Parsed<PartialDate> parsed = DateParser.parse(raw);
        assertThat(parsed.failed()).as(raw).isTrue();
        assertThat(parsed.error()).contains("ví dụ").containsPattern("\\d/2024");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIsEmpty(String raw) {
        assertThat(DateParser.parse(raw).isEmpty()).isTrue();
        assertThat(DateParser.parse(null).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -5, 1e9, Double.NaN})
    void numbersThatAreNoDaySaySo(double serial) {
        assertThat(DateParser.notASerialDay(serial).error()).startsWith("Ô ngày chứa số").contains("15/03/2024");
    }

    @Test
    void excelsNonexistentLeapDayIsNamed() {
        assertThat(DateParser.notASerialDay(60).error()).startsWith("Ngày 29/02/1900 không tồn tại");
    }
}
