package vn.daklak.ngoaivu.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

/** The per-format decision is remembered; it must stay the same decision when formats alternate cell by cell. */
class CellFormatsTest {

    @Test
    void dateNumberAndPercentFormatsKeepTheirMeaningWhenTheyAlternateRowAfterRow() {
        CellFormats formats = new CellFormats(false);
        for (int row = 0; row < 3; row++) {
            assertThat(formats.numeric(3, 45292, 14, "m/d/yy")).isEqualTo(new CellValue(3, CellKind.DATE,
                    "01/01/2024", 45292.0, LocalDateTime.of(2024, 1, 1, 0, 0)));
            assertThat(formats.numeric(4, 0.25, 9, "0%")).isEqualTo(new CellValue(4, CellKind.PERCENT, "25%", 0.25,
                    null));
            assertThat(formats.numeric(5, 120, 0, "General")).isEqualTo(new CellValue(5, CellKind.NUMBER, "120",
                    120.0, LocalDateTime.of(1900, 4, 29, 0, 0)));
            assertThat(formats.numeric(6, 45292.5, 164, "dd/mm/yyyy hh:mm")).isEqualTo(new CellValue(6,
                    CellKind.DATE, "01/01/2024 12:00", 45292.5, LocalDateTime.of(2024, 1, 1, 12, 0)));
        }
    }

    @Test
    void aDateFormatOnANumberNoDateCanBeStaysANumber() {
        CellValue negative = new CellFormats(false).numeric(0, -5, 14, "m/d/yy");

        assertThat(negative.kind()).isEqualTo(CellKind.NUMBER);
        assertThat(negative.date()).isNull();
    }

    @Test
    void wholeNumbersInGeneralAreShownExactlyAsPoisFormatterShowsThem() {
        DataFormatter poi = new DataFormatter(Locale.ROOT);
        CellFormats formats = new CellFormats(false);
        double[] values = {0, -0.0, 1, -1, 7, 1234, 150_000_000, -2_500_000, 99_999_999_999d, 100_000_000_000d,
                123_456_789_012d, 1.5, 0.1, -3.25};
        for (double value : values) {
            assertThat(formats.numeric(0, value, 0, "General").text()).as("%s", value)
                    .isEqualTo(poi.formatRawCellContents(value, 0, "General"));
        }
    }

    @Test
    void wholeSerialDaysAreTheDaysPoiGivesInBothDateSystems() {
        for (int serial = 0; serial < 80_000; serial += serial < 100 ? 1 : 37) {
            if (serial >= 1 && serial != 60) {
                assertThat(CellFormats.serialDay(serial, false)).as("1900: %s", serial)
                        .isEqualTo(DateUtil.getLocalDateTime(serial, false));
            }
            assertThat(CellFormats.serialDay(serial, true)).as("1904: %s", serial)
                    .isEqualTo(DateUtil.getLocalDateTime(serial, true));
        }
    }

    @Test
    void dateCellsAreTheDaysAndTextsPoiAndTheFormatterGiveInBothDateSystems() {
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        java.time.format.DateTimeFormatter dayTime = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        for (boolean date1904 : new boolean[] {false, true}) {
            CellFormats formats = new CellFormats(date1904);
            for (double serial = 0; serial < 2_958_466; serial += serial < 100 ? 0.5 : 997) {
                for (double value : new double[] {serial, 2_958_465}) {
                    LocalDateTime poi = DateUtil.getLocalDateTime(value, date1904);
                    String shown = poi.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? day.format(poi)
                            : dayTime.format(poi);
                    assertThat(formats.numeric(0, value, 164, "dd/mm/yyyy")).as("%s %s", date1904, value)
                            .isEqualTo(new CellValue(0, CellKind.DATE, shown, value, poi));
                }
            }
        }
    }
}
