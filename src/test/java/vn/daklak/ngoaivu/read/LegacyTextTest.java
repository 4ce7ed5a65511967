package vn.daklak.ngoaivu.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegacyTextTest {

    @Test
    void decodesTcvn3TextWithoutFontInformation() {
        assertThat(LegacyText.withoutFont("  §¾k L¾k ")).isEqualTo("Đắk Lắk");
    }

    @Test
    void keepsUnicodeVietnameseAsWrittenButNfcAndTrimmed() {
        assertThat(LegacyText.withoutFont(SubmissionWorkbooks.nfd(" Hoàn thành\n"))).isEqualTo("Hoàn thành");
        assertThat(LegacyText.withoutFont("Sở  Văn hoá")).isEqualTo("Sở  Văn hoá");
    }

    @Test
    void onlyTextWithNonVietnameseLatin1SignsIsConsideredLegacy() {
        assertThat(LegacyText.mayBeLegacy("§¾k L¾k")).isTrue();
        assertThat(LegacyText.mayBeLegacy("Hoàn thành")).isFalse();
        assertThat(LegacyText.mayBeLegacy("Đắk Lắk")).isFalse();
        assertThat(LegacyText.mayBeLegacy("NV01")).isFalse();
    }
}
