package vn.daklak.ngoaivu.report;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days as offices count them for a deadline: Monday to Friday (public holidays are not known here). */
final class WorkingDays {

    private WorkingDays() {
    }

    /** The day {@code days} working days after {@code from}, skipping Saturdays and Sundays. */
    static LocalDate after(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
