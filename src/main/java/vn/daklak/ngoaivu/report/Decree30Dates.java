package vn.daklak.ngoaivu.report;

import java.time.LocalDate;

/** Dates as Decree 30/2020/NĐ-CP writes them: days below 10 and the months 1 and 2 take a leading zero. */
final class Decree30Dates {

    private Decree30Dates() {
    }

    /** "Đắk Lắk, ngày 05 tháng 01 năm 2025"; "ngày 15 tháng 3 năm 2025". */
    static String placeAndDate(String place, LocalDate date) {
        return place + ", " + longDate(date);
    }

    static String longDate(LocalDate date) {
        int month = date.getMonthValue();
        String monthText = month <= 2 ? "0" + month : Integer.toString(month);
        return "ngày %02d tháng %s năm %d".formatted(date.getDayOfMonth(), monthText, date.getYear());
    }

    /** "20/06/2025": the short form used inside sentences and lists. */
    static String shortDate(LocalDate date) {
        return "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
