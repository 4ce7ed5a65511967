package vn.daklak.ngoaivu.read;

import java.time.LocalDateTime;

/**
 * One cell as read. {@code text} is always filled for a non-empty cell: the text itself (NFC, legacy font encodings
 * already decoded) or the number/date as the spreadsheet would display it. {@code number} is set for NUMBER, PERCENT
 * and DATE cells (the raw value; a PERCENT cell showing 85% holds 0.85); {@code date} for DATE cells, and for a NUMBER
 * cell the day its value means as an Excel serial day in the workbook's date system (1900 or 1904), null when it
 * cannot be one (for a date column holding a plain number).
 * {@code column} is 0-based (A = 0).
 */
public record CellValue(int column, CellKind kind, String text, Double number, LocalDateTime date) {

    public static CellValue text(int column, String text) {
        return new CellValue(column, CellKind.TEXT, text, null, null);
    }

    /** A plain number as a 1900-system workbook (the usual one) gives it, with the day it means as a serial. */
    public static CellValue number(int column, double number, String shown) {
        return new CellValue(column, CellKind.NUMBER, shown, number, CellFormats.serialDay(number, false));
    }

    public boolean isBlank() {
        return kind == CellKind.EMPTY || text == null || text.isBlank();
    }

    /** Column letters as Excel shows them: 0 → A, 27 → AB. */
    public static String columnName(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }
}
