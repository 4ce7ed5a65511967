package vn.daklak.ngoaivu.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the header table of an administrative document shows.
 *
 * @param parentBody  the parent body, capitals ("UBND TỈNH ĐẮK LẮK")
 * @param issuer      the issuing agency, capitals ("SỞ NGOẠI VỤ")
 * @param numberLine  the number, left blank for the clerk to fill in ("Số:   /BC-SNgV")
 * @param aboutLine   a letter's summary under its number ("V/v đôn đốc …"), or null for a report
 * @param place       the place in the date line ("Đắk Lắk")
 * @param date        the date of the document
 */
public record Decree30Heading(String parentBody, String issuer, String numberLine, String aboutLine, String place,
                              LocalDate date) {

    public Decree30Heading {
        Objects.requireNonNull(parentBody, "parentBody");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(numberLine, "numberLine");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
    }

    /** A report's heading: "Số:   /BC-<issuerCode>". */
    public static Decree30Heading report(ReportProperties properties, LocalDate date) {
        return new Decree30Heading(properties.parentBody(), properties.issuer(),
                "Số:      /BC-" + properties.issuerCode(), null, properties.province(), date);
    }

    /** A letter's heading: "Số:   /<issuerCode>-<letterNumberSuffix>" with "V/v …" under it. */
    public static Decree30Heading letter(ReportProperties properties, LocalDate date, String about) {
        String suffix = properties.letterNumberSuffix() == null || properties.letterNumberSuffix().isBlank() ? ""
                : "-" + properties.letterNumberSuffix().strip();
        return new Decree30Heading(properties.parentBody(), properties.issuer(),
                "Số:      /" + properties.issuerCode() + suffix, "V/v " + about, properties.province(), date);
    }
}
