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

    @Test
    void ooxmlEscapesAreDecodedAsExcelReadsThem() {
        assertThat(LegacyText.withoutFont("dòng 1_x000D__x000A_dòng 2")).isEqualTo("dòng 1\r\ndòng 2");
        assertThat(LegacyText.withoutFont("_x005F_x000D_ là chữ")).isEqualTo("_x000D_ là chữ");
        assertThat(LegacyText.withoutFont("_x003D_HYPERLINK()")).isEqualTo("=HYPERLINK()");
        assertThat(LegacyText.withoutFont("_x00 lẻ")).isEqualTo("_x00 lẻ");
    }

    @Test
    void charactersTheDatabaseCannotHoldBecomeReplacementCharacters() {
        assertThat(LegacyText.withoutFont("a_x0000_b\u0001c")).isEqualTo("a\uFFFDb\uFFFDc");
        assertThat(LegacyText.inFont("x\u0000y", java.util.Optional.empty())).isEqualTo("x\uFFFDy");
    }
}
