package vn.daklak.ngoaivu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SampleVarietyTest {

    private final List<SampleSubmission> accepted = SampleInbox.submissions().stream()
            .filter(SampleSubmission::expectedAccepted).toList();

    @Test
    void everyHarmlessQuirkAppearsInAnAcceptedFile() {
        Set<Quirk> seen = EnumSet.noneOf(Quirk.class);
        accepted.forEach(s -> seen.addAll(s.style().quirks()));

        assertThat(seen).containsAll(EnumSet.complementOf(EnumSet.of(Quirk.UNKNOWN_TASK_CODE, Quirk.NO_TASK_SHEET)));
    }

    @Test
    void agenciesAreNamedEveryWayAndPeriodsWrittenEveryWay() {
        assertThat(accepted.stream().map(s -> s.style().naming())).contains(AgencyNaming.values());
        assertThat(accepted.stream().map(s -> s.style().periodText()))
                .contains("6 tháng đầu năm", "H1", "Năm", "Cả năm");
        assertThat(accepted.stream().map(SampleSubmission::agencyAsWritten))
                .contains("Sở Văn hoá, Thể thao và Du lịch", "SNGV");
    }

    @Test
    void textAmountsAreWrittenTheWaysAgenciesWriteThem() {
        assertThat(MoneyText.write(1_250_000_000L, 0)).isEqualTo("1,25 tỷ");
        assertThat(MoneyText.write(2_000_000_000L, 1)).isEqualTo("2 tỷ");
        assertThat(MoneyText.write(250_000_000L, 1)).isEqualTo("250 triệu");
        assertThat(MoneyText.write(250_000_000L, 2)).isEqualTo("250.000.000 đ");
        assertThat(MoneyText.write(1_255_000_000L, 1)).isEqualTo("1.255.000.000 đ");
        assertThat(MoneyText.write(1_255_500_000L, 1)).isEqualTo("1.255.500.000 đ");
    }

    @Test
    void everyActivityLiesInsideItsReportsWindow() {
        for (SampleSubmission s : SampleInbox.submissions()) {
            var window = s.period().window(s.year());
            assertThat(s.events()).as(s.fileName())
                    .allMatch(e -> window.contains(e.start()) && window.contains(e.end()))
                    .allMatch(e -> !e.end().isBefore(e.start()))
                    .allMatch(e -> e.foreignGuests() <= e.participants());
        }
    }
}
