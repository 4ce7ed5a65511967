package vn.daklak.ngoaivu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VietnameseNumbersTest {

    @Test
    void dotsBetweenThousandsAndADecimalComma() {
        assertThat(VietnameseNumbers.whole(1_250_000_000L)).isEqualTo("1.250.000.000");
        assertThat(VietnameseNumbers.whole(-1_500)).isEqualTo("-1.500");
        assertThat(VietnameseNumbers.whole(0)).isEqualTo("0");
        assertThat(VietnameseNumbers.decimal(new BigDecimal("1250000.5"))).isEqualTo("1.250.000,5");
        assertThat(VietnameseNumbers.decimal(new BigDecimal("66.70"))).isEqualTo("66,7");
        assertThat(VietnameseNumbers.format(1).format(1250.56)).isEqualTo("1.250,6");
        assertThat(VietnameseNumbers.percentFormat().format(0.25)).isEqualTo("25%");
    }

    /** {@code whole} groups its digits by hand: it must say exactly what the shared decimal format says. */
    @Test
    void wholeNumbersAsTheDecimalFormatWritesThem() {
        for (long value : new long[] {0, 7, -7, 999, -999, 1_000, -1_000, 12_345, 999_999, 1_000_000, -45_678_901,
                Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertThat(VietnameseNumbers.whole(value)).isEqualTo(VietnameseNumbers.format(0).format(value));
        }
    }

    @Test
    void theJvmLocaleChangesNothing() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            String us = VietnameseNumbers.whole(1_250_000) + VietnameseNumbers.decimal(new BigDecimal("0.5"));
            Locale.setDefault(Locale.forLanguageTag("de-CH"));
            String swiss = VietnameseNumbers.whole(1_250_000) + VietnameseNumbers.decimal(new BigDecimal("0.5"));
            assertThat(us).isEqualTo("1.250.0000,5").isEqualTo(swiss);
        } finally {
            Locale.setDefault(before);
        }
    }
}
