package vn.daklak.ngoaivu.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+84 262", "-5", "@SUM(A1)", "\tx", "\rx"})
    void textThatASpreadsheetWouldEvaluateGetsAQuotePrefix(String text) {
        assertThat(SpreadsheetText.escape(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sở Ngoại vụ", "1.250.000.000 đ", "a=b", " =x", "'quoted"})
    void ordinaryTextIsKept(String text) {
        assertThat(SpreadsheetText.escape(text)).isEqualTo(text);
    }

    @Test
    void nullAndEmptyStayAsTheyAre() {
        assertThat(SpreadsheetText.escape(null)).isNull();
        assertThat(SpreadsheetText.escape("")).isEmpty();
        assertThat(SpreadsheetText.escapeOrEmpty(null)).isEmpty();
        assertThat(SpreadsheetText.escapeOrEmpty("=x")).isEqualTo("'=x");
    }
}
