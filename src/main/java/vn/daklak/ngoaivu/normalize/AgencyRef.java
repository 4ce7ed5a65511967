package vn.daklak.ngoaivu.normalize;

import java.time.LocalDate;
import java.util.List;

/** One agency of agencies.csv, as plain values. */
public record AgencyRef(String code, String name, String shortName, List<String> aliases, String kind,
                        boolean reports, LocalDate validFrom, LocalDate validTo, String successor) {

    /** True when the agency existed on some day of [from, to]. */
    public boolean validDuring(LocalDate from, LocalDate to) {
        return (validFrom == null || !validFrom.isAfter(to)) && (validTo == null || !validTo.isBefore(from));
    }
}
