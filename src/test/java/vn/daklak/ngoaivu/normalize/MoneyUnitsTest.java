package vn.daklak.ngoaivu.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyUnitsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Đã thực hiện (triệu đồng)|1000000",
        "Đơn vị tính: triệu đồng|1000000",
        "Đơn vị: triệu đồng|1000000",
        "ĐVT: Tr.đồng|1000000",
        "(1.000 đồng)|1000",
        "Dự toán (nghìn đồng)|1000",
        "(ngàn đồng)|1000",
        "Đơn vị tính: 1.000.000 đồng|1000000",
        "(tỷ đồng)|1000000000",
        "Số tiền (đồng)|1",
        "Kinh phí (VNĐ)|1",
        "Da thuc hien (trieu dong)|1000000",
        "Don vi tinh: nghin dong|1000",
        "(1 000 000 đồng)|1000000",
        "Đơn vị: 1.000.000.000 đồng|1000000000"})
    void readsTheAnnouncedUnit(String text, long unit) {
        assertThat(MoneyUnits.fromText(text)).hasValue(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hoạt động", "Tên hoạt động", "Đơn vị báo cáo", "Tỷ lệ (%)", "Số người tham gia", "Hoat dong",
        "Ten hoat dong", "Hoạt động năm 1.000"})
    void otherTextsAreNoUnit(String text) {
        assertThat(MoneyUnits.fromText(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Đã thực hiện (triệu đồng)", "Đơn vị tính: triệu đồng"})
    void nfdHeadersAreReadToo(String text) {
        assertThat(MoneyUnits.fromText(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)))
                .hasValue(MoneyUnits.MILLION);
    }
}
