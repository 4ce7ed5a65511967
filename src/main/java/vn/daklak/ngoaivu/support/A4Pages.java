package vn.daklak.ngoaivu.support;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The one print rule every workbook we write shares (consolidated report, feedback, template): A4, one page wide and
 * as many pages down as the sheet needs, so nothing is cut at the right edge. Margins are each workbook's own.
 */
public final class A4Pages {

    private A4Pages() {
    }

    /** A4 in the given orientation, scaled to the page's width; returns the print setup for further settings. */
    public static PrintSetup oneWide(Sheet sheet, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        return print;
    }
}
