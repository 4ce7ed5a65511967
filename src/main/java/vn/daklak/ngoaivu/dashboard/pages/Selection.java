package vn.daklak.ngoaivu.dashboard.pages;

import vn.daklak.ngoaivu.normalize.Period;

/** The year and period a page shows, as its URL says ({@code ?year=2024&period=YEAR}). */
public record Selection(int year, Period period) {

    /** The same period of the previous year, the base of every "change" figure. */
    Selection previousYear() {
        return new Selection(year - 1, period);
    }
}
