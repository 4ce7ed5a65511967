package vn.daklak.ngoaivu.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventTypeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Giao lưu văn hóa nghệ thuật|GIAO_LUU", "Giao lưu văn hoá, nghệ thuật|GIAO_LUU", "giao luu van hoa nghe thuat|GIAO_LUU",
        "Hội chợ, triển lãm|HOI_CHO", "Hội chợ triển lãm|HOI_CHO", "HOI_CHO|HOI_CHO",
        "Xúc tiến, quảng bá|XUC_TIEN", "Hội nghị, hội thảo|HOI_THAO",
        "Đón đoàn quốc tế|DON_DOAN", "Đoàn vào|DON_DOAN", "Doan vao|DON_DOAN",
        "Đoàn ra|DOAN_RA", "ĐOÀN RA|DOAN_RA",
        "Thông tin đối ngoại|THONG_TIN", "Tuyên truyền|THONG_TIN",
        "Khác|KHAC", "khac|KHAC"})
    void labelsAndAliasesOfSection34(String raw, EventType expected) {
        assertThat(EventType.parse(raw)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Thể thao", "Du lịch"})
    void unknownTypesAreEmptySoTheCallerWarns(String raw) {
        assertThat(EventType.parse(raw)).isEmpty();
    }
}
