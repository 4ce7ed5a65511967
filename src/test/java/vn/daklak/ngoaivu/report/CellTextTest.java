package vn.daklak.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+84 262", "-5", "@SUM(A1)", "\tx", "\rx"})
    void textThatASpreadsheetWouldEvaluateGetsAQuotePrefix(String text) {
        assertThat(CellText.escape(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sở Ngoại vụ", "1.250.000.000 đ", "a=b", " =x", "'quoted"})
    void ordinaryTextIsKept(String text) {
        assertThat(CellText.escape(text)).isEqualTo(text);
    }

    @Test
    void nullAndEmptyStayAsTheyAre() {
        assertThat(CellText.escape(null)).isNull();
        assertThat(CellText.escape("")).isEmpty();
    }
}
