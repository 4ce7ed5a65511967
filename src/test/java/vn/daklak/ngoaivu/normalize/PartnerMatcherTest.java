package vn.daklak.ngoaivu.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerMatcherTest {

    private final PartnerMatcher matcher = new PartnerMatcher(ReferenceFixtures.partners());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "KR-JB|KR-JB", "kr-jb|KR-JB", "tỉnh Jeollabuk (Hàn Quốc)|KR-JB", "Jeollabuk|KR-JB", "Jeonbuk State|KR-JB",
        "Jeollabuk-do|KR-JB", "Jeollabuk province|KR-JB", "Tỉnh Jeonbuk|KR-JB", "jeonbuk|KR-JB", "Jeolla Bắc|KR-JB",
        "Champasak|LA-CH", "Chămpasắc|LA-CH", "tỉnh Chămpasắc|LA-CH", "Champasak (Lào)|LA-CH", "Chăm pa xắc|LA-CH",
        "Chămpasắc|LA-CH", "Attapư|LA-AT", "Át-tạ-pư|LA-AT", "Salavan|LA-SL", "Saravane|LA-SL", "Sê Kông|LA-XE",
        "Xê Kông|LA-XE", "Sekong province|LA-XE", "Mondulkiri|KH-MK", "Mondul Kiri|KH-MK", "Mônđunkiri|KH-MK",
        "tỉnh Mondulkiri (Campuchia)|KH-MK", "Mondulkiri Province|KH-MK"})
    void resolvesCodesNamesAndAliases(String raw, String code) {
        assertThat(matcher.resolve(raw)).map(PartnerRef::code).contains(code);
        assertThat(matcher.resolve(Normalizer.normalize(raw, Normalizer.Form.NFD))).map(PartnerRef::code).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Gyeonggi", "tỉnh", "Hàn Quốc"})
    void unknownNamesAreEmpty(String raw) {
        assertThat(matcher.resolve(raw)).isEmpty();
    }

    @Test
    void aNameOfTwoPartnersResolvesToNone() {
        PartnerRef a = new PartnerRef("X-1", "tỉnh Alpha", "Alpha", "LA", List.of("Bê Ta"));
        PartnerRef b = new PartnerRef("X-2", "tỉnh Gamma", "Gamma", "KH", List.of("Be Ta"));
        PartnerMatcher twins = new PartnerMatcher(List.of(a, b));
        assertThat(twins.resolve("Bê Ta")).map(PartnerRef::code).contains("X-1");
        assertThat(twins.resolve("Be ta")).map(PartnerRef::code).contains("X-2");
        assertThat(twins.resolve("BETA")).isEmpty();
    }
}
