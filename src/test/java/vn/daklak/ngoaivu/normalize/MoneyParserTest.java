package vn.daklak.ngoaivu.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daklak.ngoaivu.normalize.MoneyUnits.DONG;
import static vn.daklak.ngoaivu.normalize.MoneyUnits.MILLION;
import static vn.daklak.ngoaivu.normalize.MoneyUnits.THOUSAND;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.250.000.000|1250000000", "1.250.000.000 đ|1250000000", "1,250,000,000|1250000000",
        "1.250.000.000 đồng|1250000000", "1.250.000.000đ|1250000000", "1.250.000.000 VNĐ|1250000000",
        "1 250 000 000|1250000000", "1250000000|1250000000",
        "1,25 tỷ|1250000000", "1,25 tỉ|1250000000", "1.25 tỷ|1250000000", "1,25 tỷ đồng|1250000000",
        "250 triệu|250000000", "250tr|250000000", "50 tr|50000000", "250 trđ|250000000", "1.250 triệu đồng|1250000000",
        "1,5 triệu|1500000", "75 nghìn|75000", "75 ngàn|75000", "75k|75000",
        "1.250|1250", "250.000|250000", "0|0", "-|0", "1.250.000,00|1250000", "1,250,000.5 nghìn|1250000500",
        "250 trieu|250000000", "1,25 ty|1250000000", "1 tỷ 250 triệu|1250000000", "2 triệu 500 nghìn đồng|2500000",
        "1 tỷ 2,5 triệu|1002500000"})
    void textInDong(String text, long expected) {
        assertThat(MoneyParser.parse(text, DONG).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "250|1000000|250000000", "1,5|1000000|1500000", "0,85|1000000|850000", "75|1000|75000",
        "250 đồng|1000000|250", "1 tỷ|1000000|1000000000", "1.250|1000000|1250000000"})
    void plainNumbersTakeTheUnitOfTheColumn(String text, long unit, long expected) {
        assertThat(MoneyParser.parse(text, unit).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,250", "1,250 triệu", "250,000"})
    void aSingleCommaBeforeThreeDigitsIsAmbiguous(String text) {
        Parsed<Long> parsed = MoneyParser.parse(text, DONG);
        assertThat(parsed.failed()).isTrue();
        assertThat(parsed.error()).contains(text).contains("không rõ").contains("1.250.000.000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.25.000", "1,2,3", "1.250,000.00", "12 34", "abc", "khoảng 1 tỷ", "1.250 đô la",
        "1 tỷ 250", "250 triệu 1 tỷ", "1 tỷ 1,250 triệu"})
    void marksThatDoNotFormThousandsGroupsOrUnknownWordsAreRefused(String text) {
        Parsed<Long> parsed = MoneyParser.parse(text, DONG);
        assertThat(parsed.failed()).as(text).isTrue();
        assertThat(parsed.error()).contains("1.250.000.000");
    }

    @Test
    void aFractionOfADongIsAnError() {
        Parsed<Long> parsed = MoneyParser.parse("1.250.000,5", DONG);
        assertThat(parsed.failed()).isTrue();
        assertThat(parsed.error()).contains("phần lẻ dưới 1 đồng").contains("1.250.000");
        assertThat(MoneyParser.parse("0,5", DONG).failed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1.000.000", "−500 triệu", "(1.000.000)"})
    void negativeAmountsAreErrors(String text) {
        assertThat(MoneyParser.parse(text, DONG).error()).startsWith("Số tiền không được âm");
    }

    @Test
    void blankIsEmpty() {
        assertThat(MoneyParser.parse("  ", DONG).isEmpty()).isTrue();
        assertThat(MoneyParser.parse(null, DONG).isEmpty()).isTrue();
    }

    @Test
    void numbers() {
        assertThat(MoneyParser.fromNumber(0.85, MILLION).value()).isEqualTo(850_000L);
        assertThat(MoneyParser.fromNumber(1_250_000_000d, DONG).value()).isEqualTo(1_250_000_000L);
        assertThat(MoneyParser.fromNumber(75, THOUSAND).value()).isEqualTo(75_000L);
        assertThat(MoneyParser.fromNumber(1.1 * 1_250_000, DONG).value()).isEqualTo(1_375_000L);
        assertThat(MoneyParser.fromNumber(0, DONG).value()).isZero();
    }

    @Test
    void numbersWithARealFractionOrBelowZeroAreErrors() {
        assertThat(MoneyParser.fromNumber(1250.5, DONG).error()).contains("phần lẻ dưới 1 đồng");
        assertThat(MoneyParser.fromNumber(-1, DONG).error()).startsWith("Số tiền không được âm");
        assertThat(MoneyParser.fromNumber(Double.NaN, DONG).failed()).isTrue();
        assertThat(MoneyParser.fromNumber(1e30, DONG).error()).contains("quá lớn");
    }
}
