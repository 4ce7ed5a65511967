package vn.daklak.ngoaivu.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/** The bundled font draws every letter of Vietnamese and every text of the charts: no empty boxes. */
class ChartFontsTest {

    /** The twelve vowels of Vietnamese, each with no tone and the five tones. */
    private static final String[] VOWELS = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"};
    private static final String[] TONES = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
    private static final String OTHER_LETTERS = "bcdđfghjklmnpqrstvwxz";

    @Test
    void registersTheBundledFamilyOnce() {
        ChartFonts.register();
        ChartFonts.register();

        assertThat(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .contains(ChartFonts.FAMILY);
        assertThat(ChartFonts.regular(12f).getFamily()).isEqualTo(ChartFonts.FAMILY);
        assertThat(ChartFonts.bold(12f).isBold()).isTrue();
    }

    @Test
    void everyVietnameseLetterWithEveryToneInBothCasesIsDisplayable() {
        String letters = vietnameseLetters();
        assertThat(letters).contains("ặ", "Ặ", "ữ", "Ữ", "ỷ", "Ỷ", "đ", "Đ");
        assertDisplayable(letters);
    }

    @Test
    void everyTextOnTheChartsIsDisplayable() {
        List<String> texts = new ArrayList<>(ChartTexts.constants());
        for (TaskStatus status : TaskStatus.values()) {
            texts.add(status.label());
        }
        for (FundingSource source : FundingSource.values()) {
            texts.add(source.label());
        }
        for (String iso : List.of("VN", "KR", "LA", "KH", "CN", "JP", "TH", "US", "FR", "DE", "RU")) {
            texts.add(ChartTexts.countryName(iso));
        }
        texts.add(ChartTexts.title(ChartTexts.TASK_STATUS, 2024, Period.H1));
        texts.add(ChartTexts.yearsTitle(ChartTexts.YEARS, Period.YEAR));
        texts.add("UBND H. Krông Pắc, UBND H. M'Đrắk, Sở NN&PTNT, Sở LĐ-TB&XH, tỉnh Chămpasắc (Lào) 1.250,5 – 100%");
        assertThat(texts).hasSizeGreaterThan(40);
        texts.forEach(ChartFontsTest::assertDisplayable);
    }

    private static void assertDisplayable(String text) {
        for (Font font : List.of(ChartFonts.regular(12f), ChartFonts.bold(12f))) {
            assertThat(font.canDisplayUpTo(text)).as("«%s» in %s", text, font.getFontName()).isEqualTo(-1);
        }
    }

    private static String vietnameseLetters() {
        StringBuilder letters = new StringBuilder(OTHER_LETTERS).append(OTHER_LETTERS.toUpperCase());
        for (String vowel : VOWELS) {
            for (String tone : TONES) {
                String lower = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
                assertThat(lower).hasSize(1);
                letters.append(lower).append(lower.toUpperCase());
            }
        }
        return letters.toString();
    }
}
