package vn.daklak.ngoaivu.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> CODES = List.of("NV01", "NV02", "NV09", "NV10", "NV11");

    @Test
    void closestFirstThenInTheirOrder() {
        assertThat(Suggestions.closest("NV99", CODES, 2)).containsExactly("NV09", "NV01");
        assertThat(Suggestions.closest("nv1", CODES, 3)).containsExactly("NV01", "NV10", "NV11");
    }

    @Test
    void comparesWithoutDiacritics() {
        List<String> names = List.of("Sở Ngoại vụ", "Sở Nội vụ", "Sở Tài chính");
        assertThat(Suggestions.closest("So Ngoai vu", names, 1)).containsExactly("Sở Ngoại vụ");
        assertThat(Suggestions.closest("Sở Ngoai vu", names, 3)).first().isEqualTo("Sở Ngoại vụ");
    }

    @Test
    void aShortenedNameFindsItsFullName() {
        assertThat(Suggestions.closest("Sở Văn hóa", List.of("Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch"), 3))
                .containsExactly("Sở Văn hóa, Thể thao và Du lịch");
    }

    @Test
    void farCandidatesAreLeftOut() {
        assertThat(Suggestions.closest("Công an tỉnh", List.of("Sở Tài chính", "NV01"), 3)).isEmpty();
        assertThat(Suggestions.closest("", CODES, 3)).isEmpty();
        assertThat(Suggestions.closest("NV01", CODES, 0)).isEmpty();
    }

    private static final List<Suggestions.PlanTask> PLAN = List.of(
            new Suggestions.PlanTask("NV01", "Tổ chức đoàn nghệ thuật giao lưu văn hóa tại tỉnh Jeollabuk", false),
            new Suggestions.PlanTask("NV02", "Tổ chức Tuần văn hóa Đắk Lắk tại các tỉnh Nam Lào", false),
            new Suggestions.PlanTask("NV05", "Giới thiệu, quảng bá hình ảnh, văn hóa, di tích của tỉnh", true),
            new Suggestions.PlanTask("NV07", "Quảng bá Lễ hội Cà phê Buôn Ma Thuột tới du khách quốc tế", true),
            new Suggestions.PlanTask("NV09", "Vận động hợp tác quốc tế trong bảo tồn di sản văn hóa", false));

    @Test
    void taskCodesSuggestTheAgencysOwnTasksFirstClosestContentFirstThenSimilarContentThenSpelling() {
        assertThat(Suggestions.taskCodes("NV99", "Lễ hội Cà phê Buôn Ma Thuột lần thứ 9", PLAN, 4))
                .containsExactly("NV07", "NV05", "NV09", "NV01");
        assertThat(Suggestions.taskCodes("NV99", "Tuần văn hóa Đắk Lắk tại Nam Lào", PLAN, 3))
                .containsExactly("NV05", "NV07", "NV02");
    }

    @Test
    void withoutContentTheAgencysTasksComeInPlanOrderThenCodesBySpelling() {
        assertThat(Suggestions.taskCodes("NV99", null, PLAN, 3)).containsExactly("NV05", "NV07", "NV09");
        assertThat(Suggestions.taskCodes("NV99", "", PLAN.subList(0, 2), 3)).containsExactly("NV01", "NV02");
        assertThat(Suggestions.taskCodes("NV99", "x", PLAN, 0)).isEmpty();
    }

    @Test
    void levenshtein() {
        assertThat(Suggestions.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.levenshtein("", "abc")).isEqualTo(3);
        assertThat(Suggestions.levenshtein("abc", "abc")).isZero();
    }
}
