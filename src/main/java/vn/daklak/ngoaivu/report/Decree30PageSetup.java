package vn.daklak.ngoaivu.report;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** Page, default font and page numbering of a Decree 30 document. */
final class Decree30PageSetup {

    /** Header and footer sit half-way into the 20 mm top and bottom margins. */
    private static final int HEADER_DISTANCE = 567;

    private Decree30PageSetup() {
    }

    static void apply(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        pageSize(section);
        margins(section);
        defaultFonts(document);
        pageNumbers(document, section);
    }

    private static void pageSize(CTSectPr section) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(Decree30Style.PAGE_WIDTH));
        size.setH(BigInteger.valueOf(Decree30Style.PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
    }

    private static void margins(CTSectPr section) {
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(Decree30Style.MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(Decree30Style.MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(Decree30Style.MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(Decree30Style.MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
    }

    /** Also the document default, so text typed later into the draft stays in Times New Roman. */
    private static void defaultFonts(XWPFDocument document) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(Decree30Style.FONT);
        fonts.setHAnsi(Decree30Style.FONT);
        fonts.setEastAsia(Decree30Style.FONT);
        fonts.setCs(Decree30Style.FONT);
        document.createStyles().setDefaultFonts(fonts);
    }

    /**
     * Page number centred in the top margin from page 2 on: a "different first page" section whose first-page
     * header is empty.
     */
    private static void pageNumbers(XWPFDocument document, CTSectPr section) {
        XWPFHeader first = document.createHeader(HeaderFooterType.FIRST);
        first.createParagraph();
        XWPFHeader other = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = other.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        XWPFRun placeholder = new XWPFRun(field.addNewR(), paragraph);
        Decree30Style.font(placeholder, Decree30Style.HEADER_SIZE);
        placeholder.setText("2");
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }
}
