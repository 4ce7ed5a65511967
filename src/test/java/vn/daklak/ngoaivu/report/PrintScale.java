package vn.daklak.ngoaivu.report;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The scale at which Excel prints a sheet set to one page wide, estimated the way Excel lays it out: a column of width
 * {@code w} characters takes {@code 7w + 5} pixels (Calibri 11, the default font) at 96 pixels per inch, and the page
 * is A4 less the sheet's left and right margins. Checked against LibreOffice's rendering (scripts/render-reports.sh).
 */
final class PrintScale {

    private static final double A4_SHORT_INCHES = 210 / 25.4;
    private static final double A4_LONG_INCHES = 297 / 25.4;
    private static final int DPI = 96;

    private PrintScale() {
    }

    static int percent(Sheet sheet, int columns) {
        double pixels = 0;
        for (int i = 0; i < columns; i++) {
            pixels += sheet.getColumnWidth(i) / 256.0 * 7 + 5;
        }
        double page = sheet.getPrintSetup().getLandscape() ? A4_LONG_INCHES : A4_SHORT_INCHES;
        double printable = (page - sheet.getMargin(PageMargin.LEFT) - sheet.getMargin(PageMargin.RIGHT)) * DPI;
        return (int) Math.min(100, Math.floor(100 * printable / pixels));
    }
}
