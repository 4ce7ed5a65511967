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

    @Test
    void levenshtein() {
        assertThat(Suggestions.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.levenshtein("", "abc")).isEqualTo(3);
        assertThat(Suggestions.levenshtein("abc", "abc")).isZero();
    }
}
