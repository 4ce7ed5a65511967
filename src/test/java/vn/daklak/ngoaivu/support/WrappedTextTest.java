package vn.daklak.ngoaivu.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrappedTextTest {

    @Test
    void countsTheLinesOfEachParagraphAtEightyFivePercentOfTheColumn() {
        assertThat(WrappedText.lines("", 100, 11)).isEqualTo(1);
        assertThat(WrappedText.lines("a".repeat(85), 100, 11)).isEqualTo(1);
        assertThat(WrappedText.lines("a".repeat(86), 100, 11)).isEqualTo(2);
        assertThat(WrappedText.lines("ngắn\n" + "b".repeat(170) + "\n", 100, 11)).isEqualTo(1 + 2 + 1);
    }

    @Test
    void aLargerFontPutsFewerCharactersOnALine() {
        // 100 × 0.85 × 11 / 22 = 42 characters a line
        assertThat(WrappedText.lines("a".repeat(42), 100, 22)).isEqualTo(1);
        assertThat(WrappedText.lines("a".repeat(43), 100, 22)).isEqualTo(2);
    }

    @Test
    void heightIsTheLinesTimesTheLineHeightOfTheFontRoundedUp() {
        // 3 lines × 11 pt × 1.3 + 2 = 44.9
        assertThat(WrappedText.heightInPoints("a".repeat(200), 100, 11)).isEqualTo(45f);
    }
}
