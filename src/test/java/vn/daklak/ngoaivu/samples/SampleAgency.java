package vn.daklak.ngoaivu.samples;

import java.time.LocalDate;
import java.util.List;

/** One row of agencies.csv, as the samples need it. */
record SampleAgency(String code, String name, String shortName, List<String> aliases, String kind, boolean reports,
                    LocalDate validFrom, LocalDate validTo) {

    boolean isDistrict() {
        return "DISTRICT".equals(kind);
    }

    /** True when the agency exists at some day of [from, to]. */
    boolean validDuring(LocalDate from, LocalDate to) {
        return !validFrom.isAfter(to) && (validTo == null || !validTo.isBefore(from));
    }

    /** "huyện Cư Kuin", "thành phố Buôn Ma Thuột": the locality a district committee governs. */
    String locality() {
        return name.replace("Ủy ban nhân dân ", "");
    }
}
