package vn.daklak.ngoaivu.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of SUBMISSION-FORMAT 3.6, always day-first: {@code 15/03/2024}, {@code 5/3/2024}, {@code 15-03-2024},
 * {@code 15.03.2024}, {@code 2024-03-15}, {@code ngày 15 tháng 3 năm 2024}; month precision {@code tháng 3/2024},
 * {@code 03/2024}, {@code Tháng 3 năm 2024}; quarter {@code Quý I/2024} … {@code Quý IV/2024} (also {@code Quý 1/2024},
 * {@code Q1/2024}). Impossible dates (31/02/2024) and two-digit years are errors with a Vietnamese message giving the
 * expected form ({@code dd/mm/yyyy}). A time after the date ({@code 15/03/2024 08:00}) is ignored.
 */
public final class DateParser {

    private static final Pattern TIME_SUFFIX = Pattern.compile("\\s+\\d{1,2}:\\d{2}(:\\d{2})?$");
    private static final Pattern QUARTER = Pattern.compile("q(?:uy)? ?(iv|iii|ii|i|[1-4]) (?:nam )?(\\d{4})");
    private static final Pattern WORDS = Pattern.compile("\\b(ngay|thang|nam)\\b");
    private static final Pattern NUMBERS = Pattern.compile("\\d{1,4}( \\d{1,4}){1,2}");
    private static final int EXCEL_FAKE_LEAP_DAY = 60;
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;
    private static final String FORM = "hãy ghi theo dạng ngày/tháng/năm, ví dụ 15/03/2024";

    private DateParser() {
    }

    /** Parse text; empty/blank text gives {@link Parsed#empty()}. */
    public static Parsed<PartialDate> parse(String text) {
        String cleaned = VietText.clean(text);
        if (cleaned.isEmpty()) {
            return Parsed.empty();
        }
        String key = VietText.asciiKey(TIME_SUFFIX.matcher(cleaned).replaceFirst(""));
        Matcher quarter = QUARTER.matcher(key);
        if (quarter.matches()) {
            return quarter(quarter.group(1), quarter.group(2), cleaned);
        }
        String numbers = WORDS.matcher(key).replaceAll(" ").strip().replaceAll(" +", " ");
        if (!NUMBERS.matcher(numbers).matches()) {
            return Parsed.fail("Không đọc được ngày \"" + cleaned + "\": " + FORM
                    + " (hoặc tháng 3/2024, Quý I/2024).");
        }
        String[] parts = numbers.split(" ");
        if (parts.length == 2) {
            return date(parts[1], parts[0], "1", DatePrecision.MONTH, cleaned);
        }
        if (parts[0].length() == 4) {
            return date(parts[0], parts[1], parts[2], DatePrecision.DAY, cleaned);
        }
        return date(parts[2], parts[1], parts[0], DatePrecision.DAY, cleaned);
    }

    /**
     * Why a number in a date cell is no day: the reader turns serial days into dates (in the workbook's date system),
     * so this is only asked for a number that cannot be one (below 1, too large, or Excel's 29/02/1900 that never was).
     */
    public static Parsed<PartialDate> notASerialDay(double serial) {
        if (Math.floor(serial) == EXCEL_FAKE_LEAP_DAY) {
            return Parsed.fail("Ngày 29/02/1900 không tồn tại: " + FORM + ".");
        }
        return Parsed.fail("Ô ngày chứa số " + serial + " không phải là một ngày: " + FORM + ".");
    }

    private static Parsed<PartialDate> quarter(String roman, String year, String asWritten) {
        int q = switch (roman) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
        return date(year, String.valueOf(3 * q - 2), "1", DatePrecision.QUARTER, asWritten);
    }

    private static Parsed<PartialDate> date(String year, String month, String day, DatePrecision precision,
                                            String asWritten) {
        if (year.length() != 4) {
            return Parsed.fail("Ngày \"" + asWritten + "\" ghi năm không đủ 4 chữ số: hãy ghi đủ năm, ví dụ "
                    + (precision == DatePrecision.DAY ? "15/03/2024." : "03/2024."));
        }
        int y = Integer.parseInt(year);
        if (y < MIN_YEAR || y > MAX_YEAR) {
            return Parsed.fail("Năm của ngày \"" + asWritten + "\" không hợp lệ: " + FORM + ".");
        }
        try {
            LocalDate date = LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
            return Parsed.ok(new PartialDate(date, precision));
        } catch (DateTimeException impossible) {
            return Parsed.fail("Ngày \"" + asWritten + "\" không hợp lệ: " + FORM + ".");
        }
    }
}
