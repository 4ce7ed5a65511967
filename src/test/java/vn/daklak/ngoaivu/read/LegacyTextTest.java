package vn.daklak.ngoaivu.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
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

    @Test
    void textTheQuickCheckPassesIsNfcForTheJdkAsWell() {
        StringBuilder quick = new StringBuilder();
        for (char c = 0; c < 0x1F00; c++) {
            if (LegacyText.composedAsIs(String.valueOf(c))) {
                quick.append(c);
            }
        }
        assertThat(quick).hasSize(0x300 + 0x100);
        // every character and every pair of them: nothing the quick check lets through is changed by NFC
        for (int i = 0; i < quick.length(); i++) {
            String one = String.valueOf(quick.charAt(i));
            assertThat(Normalizer.isNormalized(one, Normalizer.Form.NFC)).as("U+%04X", (int) quick.charAt(i))
                    .isTrue();
            for (int j = 0; j < quick.length(); j++) {
                String two = one + quick.charAt(j);
                if (!Normalizer.isNormalized(two, Normalizer.Form.NFC)) {
                    throw new AssertionError(String.format("U+%04X U+%04X", (int) two.charAt(0), (int) two.charAt(1)));
                }
            }
        }
        assertThat(LegacyText.composedAsIs("Đoàn nghệ thuật tỉnh Đắk Lắk biểu diễn")).isTrue();
        assertThat(LegacyText.composedAsIs(SubmissionWorkbooks.nfd("Hoàn thành"))).isFalse();   // a combining mark
        assertThat(LegacyText.withoutFont(SubmissionWorkbooks.nfd("Đắk Lắk"))).isEqualTo("Đắk Lắk");
    }
}
