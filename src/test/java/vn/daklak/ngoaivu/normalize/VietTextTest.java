package vn.daklak.ngoaivu.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietTextTest {

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hòa|hoà", "Thủy|Thuỷ", "Ủy ban|Uỷ ban", "khỏe|khoẻ", "Văn hóa|Văn hoá", "thúy|thuý", "HOÀ BÌNH|hòa bình"})
    void oldAndNewTonePlacementGiveTheSameMatchKey(String newStyle, String oldStyle) {
        assertThat(VietText.matchKey(oldStyle)).isEqualTo(VietText.matchKey(newStyle));
    }

    @Test
    void nfcAndNfdGiveTheSameKeys() {
        String text = "Sở Văn hóa, Thể thao và Du lịch Đắk Lắk";
        assertThat(nfd(text)).isNotEqualTo(text);
        assertThat(VietText.matchKey(nfd(text))).isEqualTo(VietText.matchKey(text));
        assertThat(VietText.matchKey(nfd("Uỷ ban nhân dân"))).isEqualTo(VietText.matchKey("Ủy ban nhân dân"));
    }

    @Test
    void differentTonesStayDifferent() {
        assertThat(VietText.matchKey("Hoạt động")).isNotEqualTo(VietText.matchKey("đồng"));
        assertThat(VietText.matchKey("Sở Nội vụ")).isNotEqualTo(VietText.matchKey("Sở Ngoại vụ"));
    }

    @Test
    void asciiKeyDropsEveryDiacritic() {
        assertThat(VietText.asciiKey("Đắk Lắk")).isEqualTo("dak lak");
        assertThat(VietText.asciiKey(nfd("Ủy ban nhân dân huyện Cư M'gar"))).isEqualTo("uy ban nhan dan huyen cu mgar");
        assertThat(VietText.asciiKey("Hoàn thành")).isEqualTo(VietText.asciiKey("Hoan thanh"));
        assertThat(VietText.asciiKey("Sở Ngoại vụ")).isEqualTo("so ngoai vu");
        assertThat(VietText.matchKey("ÐẮK LẮK")).isEqualTo(VietText.matchKey("Đắk Lắk"));
    }

    @Test
    void apostrophesAndPunctuationAreFolded() {
        assertThat(VietText.matchKey("Cư M'gar")).isEqualTo(VietText.matchKey("Cư M’gar"))
                .isEqualTo(VietText.matchKey("Cư Mgar")).isEqualTo(VietText.matchKey("Cư M\u02BCgar"));
        assertThat(VietText.matchKey("Sở VH-TT&DL")).isEqualTo(VietText.matchKey("sở vh tt dl"));
    }

    @Test
    void cleanTidiesWhiteSpaceAndKeepsTheTextAsWritten() {
        assertThat(VietText.clean("  Sở\u00A0Ngoại\tvụ\n\u200B ")).isEqualTo("Sở Ngoại vụ");
        assertThat(VietText.clean(nfd("hoà"))).isEqualTo("hoà");
        assertThat(VietText.clean(null)).isEmpty();
    }
}
