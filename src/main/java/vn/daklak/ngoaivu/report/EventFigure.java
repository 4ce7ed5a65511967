package vn.daklak.ngoaivu.report;

import java.time.LocalDate;

/**
 * One activity row of a current accepted submission.
 *
 * @param partnerName the partner's Vietnamese name when it is known, else the text the agency wrote, or null
 */
public record EventFigure(
        String agencyCode,
        int rowNo,
        String taskCode,
        String name,
        String eventType,
        LocalDate startDate,
        String startPrecision,
        LocalDate endDate,
        String location,
        String country,
        String partnerCode,
        String partnerName,
        Integer participants,
        Integer foreignGuests,
        String ocopProducts,
        String heritage,
        String notes) {

    /** Took place outside Việt Nam. */
    public boolean abroad() {
        return !"VN".equals(country);
    }

    public int participantCount() {
        return participants == null ? 0 : participants;
    }

    public int foreignGuestCount() {
        return foreignGuests == null ? 0 : foreignGuests;
    }
}
