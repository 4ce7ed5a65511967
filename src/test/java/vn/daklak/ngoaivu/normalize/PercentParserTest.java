package vn.daklak.ngoaivu.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "85|85", "85%|85", "85 %|85", "85,5%|85.5", "85.5|85.5", "0|0", "100%|100", "0,85|0.85", "12,500%|12.5",
        "33,333%|33.33"})
    void text(String text, String expected) {
        assertThat(PercentParser.parse(text).value()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"120%", "101", "-5%", "-1"})
    void outOfRangeIsAnError(String text) {
        Parsed<BigDecimal> parsed = PercentParser.parse(text);
        assertThat(parsed.failed()).isTrue();
        assertThat(parsed.error()).contains("0–100").contains(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nhiều", "85%%", "1.2.3"})
    void unreadableIsAnError(String text) {
        assertThat(PercentParser.parse(text).error()).contains("Không đọc được").contains("85%");
    }

    @Test
    void numbers() {
        assertThat(PercentParser.fromNumber(0.85, true).value()).isEqualByComparingTo("85");
        assertThat(PercentParser.fromNumber(85, false).value()).isEqualByComparingTo("85");
        assertThat(PercentParser.fromNumber(1, true).value()).isEqualByComparingTo("100");
        assertThat(PercentParser.fromNumber(1.0 / 3, true).value()).isEqualTo(new BigDecimal("33.33"));
        assertThat(PercentParser.fromNumber(1.2, true).error()).contains("120%");
        assertThat(PercentParser.fromNumber(150, false).failed()).isTrue();
        assertThat(PercentParser.parse(" ").isEmpty()).isTrue();
    }
}
