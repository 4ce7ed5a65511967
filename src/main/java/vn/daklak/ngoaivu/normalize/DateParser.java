package vn.daklak.ngoaivu.normalize;

/**
 * Dates of SUBMISSION-FORMAT 3.6, always day-first: {@code 15/03/2024}, {@code 5/3/2024}, {@code 15-03-2024},
 * {@code 15.03.2024}, {@code 2024-03-15}, {@code ngày 15 tháng 3 năm 2024}; month precision {@code tháng 3/2024},
 * {@code 03/2024}, {@code Tháng 3 năm 2024}; quarter {@code Quý I/2024} … {@code Quý IV/2024} (also {@code Quý 1/2024},
 * {@code Q1/2024}). Impossible dates (31/02/2024) and two-digit years are errors with a Vietnamese message giving the
 * expected form ({@code dd/mm/yyyy}).
 */
public final class DateParser {

    private DateParser() {
    }

    /** Parse text; empty/blank text gives {@link Parsed#empty()}. */
    public static Parsed<PartialDate> parse(String text) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }

    /** An Excel serial day number (1900 date system, with Excel's 1900-02-29 quirk) as a DAY-precision date. */
    public static Parsed<PartialDate> fromExcelSerial(double serial) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }
}
