package vn.daklak.ngoaivu.samples;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.daklak.ngoaivu.normalize.Period;

/**
 * The timeliness the generator intends: an expected agency is on time when the date its first accepted file states
 * ("Ngày lập", {@link SampleContact}) is by the default deadline (20/06 for H1, 20/12 for the year). Whatever times the
 * files carry on disk (a fresh clone gives them the clone's time), the reports must say this.
 */
final class SampleTimeliness {

    private SampleTimeliness() {
    }

    /** Expected agency code to on time (true) or late (false), for the agencies with an accepted file. */
    static Map<String, Boolean> intended(List<SampleSubmission> inProcessingOrder, int year, Period period) {
        List<String> expected = SampleAgencies.expected(year, period);
        LocalDate deadline = period == Period.H1 ? LocalDate.of(year, 6, 20) : LocalDate.of(year, 12, 20);
        Map<String, Boolean> onTime = new TreeMap<>();
        for (SampleSubmission s : inProcessingOrder) {
            if (s.year() == year && s.period() == period && s.expectedAccepted() && expected.contains(s.agencyCode())) {
                onTime.putIfAbsent(s.agencyCode(), !SampleContact.of(s).date().isAfter(deadline));
            }
        }
        return onTime;
    }
}
