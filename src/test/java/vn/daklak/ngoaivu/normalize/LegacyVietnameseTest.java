package vn.daklak.ngoaivu.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daklak.ngoaivu.normalize.LegacyVietnamese.Encoding.TCVN3;
import static vn.daklak.ngoaivu.normalize.LegacyVietnamese.Encoding.TCVN3_CAPITALS;
import static vn.daklak.ngoaivu.normalize.LegacyVietnamese.Encoding.VNI;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyVietnameseTest {

    /** Every Vietnamese vowel with every mark, lower case, and đ. */
    private static final String LOWER = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
    private static final String UPPER = LOWER.toUpperCase(Locale.ROOT);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "§¾k L¾k|Đắk Lắk",
        "Së Ngo¹i vô|Sở Ngoại vụ",
        "Uû ban nh©n d©n tØnh §¾k L¾k|Uỷ ban nhân dân tỉnh Đắk Lắk",
        "Céng hßa x· héi chñ nghÜa ViÖt Nam|Cộng hòa xã hội chủ nghĩa Việt Nam",
        "§éc lËp - Tù do - H¹nh phóc|Độc lập - Tự do - Hạnh phúc",
        "B¸o c¸o kÕt qu¶ thùc hiÖn nhiÖm vô|Báo cáo kết quả thực hiện nhiệm vụ"})
    void tcvn3(String legacy, String unicode) {
        assertThat(LegacyVietnamese.decode(legacy, TCVN3)).isEqualTo(unicode);
    }

    @Test
    void tcvn3UsesTheSoftHyphenForUHorn() {
        assertThat(LegacyVietnamese.decode("ng\u00ADêi tr\u00ADêng", TCVN3)).isEqualTo("người trường");
    }

    @Test
    void tcvn3CapitalsFontsReuseTheLowerCaseCodes() {
        assertThat(LegacyVietnamese.decode("®¾k l¾k", TCVN3_CAPITALS)).isEqualTo("ĐẮK LẮK");
        assertThat(LegacyVietnamese.decode("b¸o c¸o", TCVN3_CAPITALS)).isEqualTo("BÁO CÁO");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ñaék Laék|Đắk Lắk",
        "Sôû Ngoaïi vuï|Sở Ngoại vụ",
        "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam|Cộng hòa xã hội chủ nghĩa Việt Nam",
        "ngöôøi|người",
        "Ñoäc laäp - Töï do - Haïnh phuùc|Độc lập - Tự do - Hạnh phúc",
        "ÑAÉK LAÉK|ĐẮK LẮK",
        "UÛY BAN NHAÂN DAÂN|ỦY BAN NHÂN DÂN"})
    void vni(String legacy, String unicode) {
        assertThat(LegacyVietnamese.decode(legacy, VNI)).isEqualTo(unicode);
    }

    @Test
    void everyLetterRoundTripsThroughTcvn3() {
        String encoded = encodeTcvn3(LOWER + "ĂÂĐÊÔƠƯ");
        assertThat(encoded.chars()).allMatch(c -> c < 0x100);
        assertThat(LegacyVietnamese.decode(encoded, TCVN3)).isEqualTo(LOWER + "ĂÂĐÊÔƠƯ");
        assertThat(LegacyVietnamese.decode(encodeTcvn3(LOWER), TCVN3_CAPITALS)).isEqualTo(UPPER);
    }

    @Test
    void everyLetterRoundTripsThroughVniInBothCases() {
        for (String text : new String[] {LOWER, UPPER}) {
            String encoded = encodeVni(text);
            assertThat(encoded.chars()).allMatch(c -> c < 0x100);
            assertThat(LegacyVietnamese.decode(encoded, VNI)).isEqualTo(text);
        }
    }

    @Test
    void knownCodesOfTheTables() {
        assertThat(encodeTcvn3("ắ")).isEqualTo("¾");
        assertThat(encodeTcvn3("Đ")).isEqualTo("§");
        assertThat(encodeTcvn3("ư")).isEqualTo("\u00AD");
        assertThat(encodeVni("ắ")).isEqualTo("aé");
        assertThat(encodeVni("Đ")).isEqualTo("Ñ");
        assertThat(encodeVni("ỵ")).isEqualTo("î");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ".VnTime|TCVN3", ".VnArial|TCVN3", ".VnTimeH|TCVN3_CAPITALS", ".VnArialH|TCVN3_CAPITALS",
        " .VnArial NarrowH |TCVN3_CAPITALS", "VNI-Times|VNI", "VNI-Helve|VNI", "vni-times|VNI"})
    void fontNames(String font, LegacyVietnamese.Encoding encoding) {
        assertThat(LegacyVietnamese.fromFontName(font)).contains(encoding);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Times New Roman", "Arial", "Calibri", ""})
    void unicodeFonts(String font) {
        assertThat(LegacyVietnamese.fromFontName(font)).isEmpty();
        assertThat(LegacyVietnamese.fromFontName(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"§¾k L¾k", "Së Ngo¹i vô", "Uû ban nh©n d©n tØnh", "B¸o c¸o kÕt qu¶"})
    void detectsTcvn3(String text) {
        assertThat(LegacyVietnamese.looksLikeTcvn3(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Đắk Lắk", "Sở Ngoại vụ", "Hoà bình", "Ñaék Laék", "Sôû Ngoaïi vuï", "© 2024 ABC", "NV01",
        "Café"})
    void otherTextIsNotTcvn3(String text) {
        assertThat(LegacyVietnamese.looksLikeTcvn3(text)).isFalse();
    }

    private static String encodeTcvn3(String unicode) {
        StringBuilder out = new StringBuilder();
        for (char c : unicode.toCharArray()) {
            int at = Tcvn3Table.UNICODE.indexOf(c);
            out.append(at >= 0 ? Tcvn3Table.TCVN3.charAt(at) : c);
        }
        return out.toString();
    }

    /** Independent of the decoder's maps: the VNI rules as the Unikey table states them. */
    private static String encodeVni(String unicode) {
        String singles = "đĐơƠưƯỉỈĩĨịỊỵỴíÍìÌ";
        String singleCodes = "ñÑôÔöÖæÆóÓòÒîÎíÍìÌ";
        StringBuilder out = new StringBuilder();
        for (char c : unicode.toCharArray()) {
            int single = singles.indexOf(c);
            if (single >= 0) {
                out.append(singleCodes.charAt(single));
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            boolean upper = Character.isUpperCase(d.charAt(0));
            String base = d.substring(0, 1);
            String marks = d.substring(1);
            if (marks.contains("\u031B")) {
                base = base.equalsIgnoreCase("o") ? (upper ? "Ô" : "ô") : (upper ? "Ö" : "ö");
                marks = marks.replace("\u031B", "");
            }
            out.append(base).append(vniMark(marks, upper));
        }
        return out.toString();
    }

    private static String vniMark(String marks, boolean upper) {
        String tones = "\u0301\u0300\u0309\u0303\u0323";
        int tone = -1;
        for (char mark : marks.toCharArray()) {
            tone = Math.max(tone, tones.indexOf(mark));
        }
        String code;
        if (marks.contains("\u0302")) {
            code = tone < 0 ? "â" : "áàåãä".substring(tone, tone + 1);
        } else if (marks.contains("\u0306")) {
            code = tone < 0 ? "ê" : "éèúüë".substring(tone, tone + 1);
        } else {
            code = tone < 0 ? "" : "ùøûõï".substring(tone, tone + 1);
        }
        return upper ? code.toUpperCase(Locale.ROOT) : code;
    }
}
