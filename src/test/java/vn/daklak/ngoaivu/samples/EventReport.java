package vn.daklak.ngoaivu.samples;

import java.time.LocalDate;

import vn.daklak.ngoaivu.normalize.EventType;

/**
 * One row of the Hoạt động sheet. {@code country} is the ISO code of the venue; {@code partnerCode} is the partner's
 * code (null when none) and {@code partnerAsWritten} how the agency wrote it.
 */
public record EventReport(String taskCode, String name, EventType type, LocalDate start, LocalDate end, String location,
                   String country, String partnerCode, String partnerAsWritten, int participants, int foreignGuests,
                   String ocop, String heritage, String notes) {

    boolean abroad() {
        return !"VN".equals(country);
    }
}
