package vn.daklak.ngoaivu.read;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final boolean date1904;

    CellFormats(boolean date1904) {
        this.date1904 = date1904;
    }

    CellValue numeric(int column, double value, int formatId, String formatString) {
        String format = formatString == null ? "General" : formatString;
        if (DateUtil.isADateFormat(formatId, format) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime date = DateUtil.getLocalDateTime(value, date1904);
            return new CellValue(column, CellKind.DATE, dayFirst(date), value, date);
        }
        String shown = shown(value, formatId, format);
        if (isPercent(format)) {
            return new CellValue(column, CellKind.PERCENT, shown, value, null);
        }
        return new CellValue(column, CellKind.NUMBER, shown, value, serialDay(value, date1904));
    }

    /** The day a plain number means as a serial day in the given date system, or null when none. */
    static LocalDateTime serialDay(double value, boolean date1904) {
        boolean possible = value >= (date1904 ? 0 : 1) && value < MAX_SERIAL
                && (date1904 || Math.floor(value) != FAKE_LEAP_DAY);
        return possible ? DateUtil.getLocalDateTime(value, date1904) : null;
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
        return date.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? DAY.format(date) : DAY_TIME.format(date);
    }

    private String shown(double value, int formatId, String format) {
        try {
            return formatter.formatRawCellContents(value, formatId, format);
        } catch (RuntimeException e) {
            // an exotic format POI cannot render must not lose the value
            return formatter.formatRawCellContents(value, 0, "General");
        }
    }
}
