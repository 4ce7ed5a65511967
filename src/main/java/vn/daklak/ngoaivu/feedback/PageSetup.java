package vn.daklak.ngoaivu.feedback;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.daklak.ngoaivu.support.A4Pages;

/** How every sheet of a feedback workbook prints: A4, as wide as the page, as many pages down as it needs. */
final class PageSetup {

    static final double SIDE_MARGIN_INCHES = 0.5;
    static final double TOP_MARGIN_INCHES = 0.6;

    private PageSetup() {
    }

    static void portrait(Sheet sheet) {
        a4(sheet, false);
    }

    static void landscape(Sheet sheet) {
        a4(sheet, true);
    }

    /** Landscape, with the first row (the header) repeated on every page. */
    static void landscapeWithHeader(Sheet sheet) {
        a4(sheet, true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    }

    private static void a4(Sheet sheet, boolean landscape) {
        A4Pages.oneWide(sheet, landscape);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.TOP, TOP_MARGIN_INCHES);
        sheet.setMargin(PageMargin.BOTTOM, TOP_MARGIN_INCHES);
    }
}
