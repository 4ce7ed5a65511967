package vn.daklak.ngoaivu.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "120|120", "1.200|1200", "1,200|1200", "120 người|120", "1.200 lượt người|1200", "0|0", "-|0",
        "1 200|1200", "12.000.000|12000000"})
    void text(String text, int expected) {
        assertThat(Counts.parse(text).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "12,5", "khoảng 100", "nhiều", "1.2.3", "99999999999"})
    void invalid(String text) {
        Parsed<Integer> parsed = Counts.parse(text);
        assertThat(parsed.failed()).as(text).isTrue();
        assertThat(parsed.error()).contains(text).contains("ví dụ 120");
    }

    @Test
    void numbers() {
        assertThat(Counts.fromNumber(120.0).value()).isEqualTo(120);
        assertThat(Counts.fromNumber(12.5).failed()).isTrue();
        assertThat(Counts.fromNumber(-1).error()).contains("không được âm");
        assertThat(Counts.parse("").isEmpty()).isTrue();
    }
}
