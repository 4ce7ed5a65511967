package vn.daklak.ngoaivu.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FundingSourceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ngân sách nhà nước|STATE_BUDGET", "NSNN|STATE_BUDGET", "nsnn|STATE_BUDGET", "Ngân sách|STATE_BUDGET",
        "Ngan sach nha nuoc|STATE_BUDGET", "STATE_BUDGET|STATE_BUDGET",
        "Xã hội hóa|SOCIALIZED", "Xã hội hoá|SOCIALIZED", "XHH|SOCIALIZED", "Tài trợ|SOCIALIZED",
        "Xa hoi hoa|SOCIALIZED", "SOCIALIZED|SOCIALIZED",
        "Nguồn hợp pháp khác|OTHER", "Khác|OTHER", "Other|OTHER", "OTHER|OTHER"})
    void aliasesOfSection35(String raw, FundingSource expected) {
        assertThat(FundingSource.parse(raw)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Vốn vay", "ODA"})
    void unknown(String raw) {
        assertThat(FundingSource.parse(raw)).isEmpty();
    }
}
