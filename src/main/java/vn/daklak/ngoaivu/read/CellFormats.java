package vn.daklak.ngoaivu.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a numeric cell and its number format into a NUMBER, DATE or PERCENT value, the same way for .xlsx and .xls.
 * Serial days become dates through POI's {@link DateUtil} in the workbook's date system: 1900, or 1904 (Excel for Mac
 * files), where the same serial is four years and a day later. Not thread-safe (POI's DataFormatter is not); one
 * instance per open file.
 */
final class CellFormats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** Excel's last day, 31/12/9999, is serial 2958465 in the 1900 system. */
    private static final double MAX_SERIAL = 2_958_466;
    /** Serial 60 is Excel's 29/02/1900, a day that never was (kept from Lotus 1-2-3). */
    private static final int FAKE_LEAP_DAY = 60;
    /** General shows whole numbers below this (at most 11 digits) as they are; larger ones in scientific notation. */
    private static final double GENERAL_WHOLE_LIMIT = 1e11;
    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);
    private static final LocalDate DAY_ZERO_1900 = LocalDate.of(1899, 12, 31);
    private static final LocalDate DAY_ZERO_1904 = LocalDate.of(1904, 1, 1);

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    /*
     * What each number format makes of a number, decided once per format: POI's date-format check runs regular
     * expressions on the format string, and its own one-entry cache misses whenever date and number columns
     * alternate, which is on every row of an events sheet.
     */
    private final Map<NumberFormat, CellKind> kinds = new HashMap<>();
    private final boolean date1904;
    private int lastId = -1;
    private String lastFormat;
    private CellKind lastKind;
    private int otherId = -1;
    private String otherFormat;
    private CellKind otherKind;

    CellFormats(boolean date1904) {
        this.date1904 = date1904;
    }

    CellValue numeric(int column, double value, int formatId, String formatString) {
        String format = formatString == null ? "General" : formatString;
        CellKind kind = kind(formatId, format);
        if (kind == CellKind.DATE && DateUtil.isValidExcelDate(value)) {
            // a whole serial day (a date without time, the usual cell) by LocalDate arithmetic, not POI's Calendar
            LocalDateTime date = value == Math.rint(value) ? serialDay(value, date1904) : null;
            if (date == null) {
                date = DateUtil.getLocalDateTime(value, date1904);
            }
            return new CellValue(column, CellKind.DATE, dayFirst(date), value, date);
        }
        String shown = shown(value, formatId, format);
        if (kind == CellKind.PERCENT) {
            return new CellValue(column, CellKind.PERCENT, shown, value, null);
        }
        return new CellValue(column, CellKind.NUMBER, shown, value, serialDay(value, date1904));
    }

    /**
     * The kind of a format, from the last two formats seen when it is one of them (a row alternates between a date
     * and a number format: the map's key record and hash on every numeric cell were a tenth of reading one).
     */
    private CellKind kind(int formatId, String format) {
        if (formatId == lastId && format.equals(lastFormat)) {
            return lastKind;
        }
        if (formatId == otherId && format.equals(otherFormat)) {
            return otherKind;
        }
        CellKind kind = kinds.computeIfAbsent(new NumberFormat(formatId, format), CellFormats::kindOf);
        otherId = lastId;
        otherFormat = lastFormat;
        otherKind = lastKind;
        lastId = formatId;
        lastFormat = format;
        lastKind = kind;
        return kind;
    }

    private static CellKind kindOf(NumberFormat format) {
        if (DateUtil.isADateFormat(format.id(), format.pattern())) {
            return CellKind.DATE;
        }
        return isPercent(format.pattern()) ? CellKind.PERCENT : CellKind.NUMBER;
    }

    /** The day a plain number means as a serial day in the given date system, or null when none. */
    static LocalDateTime serialDay(double value, boolean date1904) {
        boolean possible = value >= (date1904 ? 0 : 1) && value < MAX_SERIAL
                && (date1904 || Math.floor(value) != FAKE_LEAP_DAY);
        if (!possible) {
            return null;
        }
        // Every plain number gets its serial day, so whole ones (counts, amounts) skip POI's Calendar arithmetic.
        if (value == Math.rint(value)) {
            long days = (long) value;
            LocalDate zero = date1904 ? DAY_ZERO_1904 : DAY_ZERO_1900;
            return zero.plusDays(date1904 || days < FAKE_LEAP_DAY ? days : days - 1).atStartOfDay();
        }
        return DateUtil.getLocalDateTime(value, date1904);
    }

    /** True when the format shows a percent sign outside quoted literals. */
    static boolean isPercent(String format) {
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\') {
                i++;
            } else if (c == '%' && !quoted) {
                return true;
            }
        }
        return false;
    }

    /** Dates are shown day-first, as Vietnamese users write them, whatever the file's locale-dependent format. */
    private static String dayFirst(LocalDateTime date) {
        if (!date.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return DAY_TIME.format(date);
        }
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return DAY.format(date);
        }
        // dd/MM/yyyy by hand: DateTimeFormatter's general machinery for the one pattern every date cell uses
        char[] s = {'0', '0', '/', '0', '0', '/', '0', '0', '0', '0'};
        twoDigits(s, 0, date.getDayOfMonth());
        twoDigits(s, 3, date.getMonthValue());
        twoDigits(s, 6, year / 100);
        twoDigits(s, 8, year % 100);
        return new String(s);
    }

    private static void twoDigits(char[] s, int at, int value) {
        s[at] = (char) ('0' + value / 10);
        s[at + 1] = (char) ('0' + value % 10);
    }

    private record NumberFormat(int id, String pattern) {
    }

    private String shown(double value, int formatId, String format) {
        // POI's formatter re-checks the format for a date on every call: a whole number in General needs none of it.
        if ("General".equals(format) && value == Math.rint(value) && Math.abs(value) < GENERAL_WHOLE_LIMIT
                && Double.doubleToRawLongBits(value) != NEGATIVE_ZERO) {
            return Long.toString((long) value);
        }
        try {
            return formatter.formatRawCellContents(value, formatId, format);
        } catch (RuntimeException e) {
            // an exotic format POI cannot render must not lose the value
            return formatter.formatRawCellContents(value, 0, "General");
        }
    }
}
