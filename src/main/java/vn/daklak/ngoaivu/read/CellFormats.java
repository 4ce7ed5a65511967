package vn.daklak.ngoaivu.read;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a numeric cell and its number format into a NUMBER, DATE or PERCENT value, the same way for .xlsx and .xls.
 * Not thread-safe (POI's DataFormatter is not); one instance per open file.
 */
final class CellFormats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

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
        CellKind kind = isPercent(format) ? CellKind.PERCENT : CellKind.NUMBER;
        return new CellValue(column, kind, shown, value, null);
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
