package vn.daklak.ngoaivu.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyMatcherTest {

    private final AgencyMatcher matcher = new AgencyMatcher(ReferenceFixtures.agencies());

    private String resolvedCode(String raw) {
        AgencyMatch match = matcher.resolve(raw);
        assertThat(match.found()).as("%s: %s", raw, match).isTrue();
        assertThat(match.ambiguous()).isFalse();
        return match.agency().code();
    }

    private static List<String> codes(List<AgencyRef> agencies) {
        return agencies.stream().map(AgencyRef::code).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SNGV|SNGV", "sngv|SNGV", " Sngv |SNGV", "SNOV|SNOV",
        "Sở Ngoại vụ|SNGV", "SỞ NGOẠI VỤ|SNGV", "So Ngoai vu|SNGV", "Sở NgV|SNGV", "SNgV|SNGV",
        "Sở Ngoại Vụ tỉnh Đắk Lắk|SNGV", "Sở Ngoại vụ tỉnh Đắk Lắk|SNGV", "Sở Ngoại vụ tỉnh|SNGV",
        "Department of Foreign Affairs|SNGV",
        "Sở Nội vụ|SNOV", "Sở NV|SNOV",
        "Sở Văn hóa, Thể thao và Du lịch|SVHTTDL", "Sở Văn hoá, Thể thao và Du lịch|SVHTTDL", "Sở VHTTDL|SVHTTDL",
        "Sở VH-TT-DL|SVHTTDL", "Sở VH TT&DL|SVHTTDL", "So Van hoa The thao va Du lich|SVHTTDL",
        "Sở Văn hóa Thể thao & Du lịch|SVHTTDL",
        "Sở KH&ĐT|SKHDT", "Sở Kế hoạch - Đầu tư|SKHDT", "Sở Kế hoạch và Đầu tư|SKHDT",
        "UBND huyện Cư M'gar|UBCMG", "UBND huyện Cư M’gar|UBCMG", "UBND huyện Cư Mgar|UBCMG", "Cư M’gar|UBCMG",
        "Huyện Cư M'gar|UBCMG", "H. Cư Mgar|UBCMG", "Ủy ban nhân dân huyện Cư M'gar|UBCMG",
        "UBND TP Buôn Ma Thuột|UBBMT", "Ủy ban nhân dân thành phố Buôn Ma Thuột|UBBMT", "UBND TP. BMT|UBBMT",
        "Uỷ ban nhân dân thành phố Buôn Ma Thuột|UBBMT", "UBND thành phố Buôn Ma Thuột|UBBMT",
        "Thành phố Buôn Ma Thuột|UBBMT", "TP Buôn Ma Thuột|UBBMT",
        "Văn phòng UBND tỉnh|VPUBND", "Văn phòng Uỷ ban nhân dân tỉnh|VPUBND",
        "Công an tỉnh Đắk Lắk|CAT", "Công an tỉnh|CAT", "Báo Đắk Lắk|BAODL", "Báo Đăk Lăk|BAODL",
        "UBND huyện Ea H'Leo|UBEHL", "UBND huyện Krông Pác|UBKPA"})
    void resolvesCodesNamesShortNamesAndAliases(String raw, String code) {
        assertThat(resolvedCode(raw)).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sở Văn hóa, Thể thao và Du lịch", "UBND huyện Cư M'gar", "Sở Ngoại vụ"})
    void nfdInputResolvesLikeNfc(String raw) {
        assertThat(resolvedCode(Normalizer.normalize(raw, Normalizer.Form.NFD))).isEqualTo(resolvedCode(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SNV", "snv", "S.N.V", "S N V"})
    void snvIsAlwaysAmbiguous(String raw) {
        AgencyMatch match = matcher.resolve(raw);
        assertThat(match.found()).isFalse();
        assertThat(match.ambiguous()).isTrue();
        assertThat(codes(match.suggestions())).containsExactlyInAnyOrder("SNGV", "SNOV");
    }

    @Test
    void snvStaysAmbiguousEvenWhenTheMasterDataListsItAsAnAlias() {
        AgencyRef foreign = new AgencyRef("SNGV", "Sở Ngoại vụ", "Sở Ngoại vụ", List.of("SNV"), "DEPARTMENT", true,
                null, null, "");
        AgencyRef home = new AgencyRef("SNOV", "Sở Nội vụ", "Sở Nội vụ", List.of(), "DEPARTMENT", true, null, null, "");
        AgencyMatch match = new AgencyMatcher(List.of(foreign, home)).resolve("SNV");
        assertThat(match.ambiguous()).isTrue();
        assertThat(codes(match.suggestions())).containsExactly("SNGV", "SNOV");
    }

    @Test
    void aNameSharedByTwoAgenciesIsAmbiguous() {
        AgencyRef a = new AgencyRef("A1", "Ban Quản lý dự án", "BQLDA", List.of(), "DEPARTMENT", true, null, null, "");
        AgencyRef b = new AgencyRef("A2", "Ban Quản lý dự án", "BQL DA 2", List.of(), "DEPARTMENT", true, null, null, "");
        AgencyMatch match = new AgencyMatcher(List.of(a, b)).resolve("Ban quản lý dự án");
        assertThat(match.ambiguous()).isTrue();
        assertThat(codes(match.suggestions())).containsExactly("A1", "A2");
    }

    @Test
    void unknownNamesGetUpToThreeSuggestionsClosestFirst() {
        AgencyMatch match = matcher.resolve("Sở Ngoại vu Đắk Nông");
        assertThat(match.found()).isFalse();
        assertThat(match.ambiguous()).isFalse();
        assertThat(match.suggestions()).hasSizeLessThanOrEqualTo(3);
        assertThat(codes(match.suggestions())).first().isEqualTo("SNGV");

        AgencyMatch typo = matcher.resolve("Sở Tài chín");
        assertThat(codes(typo.suggestions())).first().isEqualTo("STC");
        assertThat(matcher.resolve("Sở Văn hóa").suggestions()).extracting(AgencyRef::code).contains("SVHTTDL");
    }

    @Test
    void farNamesGetNoSuggestionAndBlankIsNotFound() {
        assertThat(matcher.resolve("Công ty TNHH Hoa Sen Vàng").suggestions()).isEmpty();
        AgencyMatch blank = matcher.resolve("  ");
        assertThat(blank.found()).isFalse();
        assertThat(blank.ambiguous()).isFalse();
    }

    @Test
    void byCodeIsCaseInsensitive() {
        assertThat(matcher.byCode("svhttdl")).map(AgencyRef::code).contains("SVHTTDL");
        assertThat(matcher.byCode("Sở Ngoại vụ")).isEmpty();
        assertThat(matcher.byCode(null)).isEmpty();
    }
}
