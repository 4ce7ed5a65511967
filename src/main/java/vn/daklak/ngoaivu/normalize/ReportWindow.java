package vn.daklak.ngoaivu.normalize;

import java.time.LocalDate;

/** An inclusive date range: the data window of one report. */
public record ReportWindow(LocalDate from, LocalDate to) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
