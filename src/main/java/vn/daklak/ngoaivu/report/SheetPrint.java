package vn.daklak.ngoaivu.report;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.daklak.ngoaivu.support.A4Pages;

/** How the sheets of the consolidated workbook print: A4, the .docx report's Decree 30 margins, page numbers. */
final class SheetPrint {

    /** Column widths (in characters) that still print legibly on an A4 portrait page scaled to its width. */
    static final int PORTRAIT_CHARS = 100;
    /** Scale of a table printed across several pages: small enough for a few columns more, large enough to read. */
    static final short ACROSS_SCALE = 80;
    private static final double TWIPS_PER_INCH = 1440;
    private static final double HEADER_INCHES = 0.3;

    private SheetPrint() {
    }

    /** One page wide, as many pages down as needed. */
    static void fitToWidth(Sheet sheet, boolean landscape) {
        margins(sheet);
        A4Pages.oneWide(sheet, landscape);
    }

    /** Landscape at {@link #ACROSS_SCALE}%, the first {@code columns} columns repeated on every page. */
    static void acrossPages(Sheet sheet, int columns) {
        margins(sheet);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(false);
        print.setScale(ACROSS_SCALE);
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, columns - 1));
    }

    /** The .docx report's Decree 30 margins, and page numbers in the footer. */
    private static void margins(Sheet sheet) {
        sheet.setMargin(PageMargin.TOP, Decree30Style.MARGIN_TOP / TWIPS_PER_INCH);
        sheet.setMargin(PageMargin.BOTTOM, Decree30Style.MARGIN_BOTTOM / TWIPS_PER_INCH);
        sheet.setMargin(PageMargin.LEFT, Decree30Style.MARGIN_LEFT / TWIPS_PER_INCH);
        sheet.setMargin(PageMargin.RIGHT, Decree30Style.MARGIN_RIGHT / TWIPS_PER_INCH);
        sheet.setMargin(PageMargin.HEADER, HEADER_INCHES);
        sheet.setMargin(PageMargin.FOOTER, HEADER_INCHES);
        sheet.getFooter().setCenter("Trang &P/&N");
    }
}
