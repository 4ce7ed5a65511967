package vn.daklak.ngoaivu.report;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import vn.daklak.ngoaivu.support.SpreadsheetText;

/**
 * The measures of Decree 30/2020/NĐ-CP (Appendix I) as Word units, and the few formatting moves every part of a
 * document repeats. Lengths are in twips (1/1440 inch, 1 mm ≈ 56.7 twips); font sizes in points.
 */
final class Decree30Style {

    static final String FONT = "Times New Roman";

    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 850;
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    static final int FIRST_LINE_INDENT = 720;
    static final int SPACING_AFTER = 120;
    static final double LINE_SPACING = 1.2;

    static final double BODY_SIZE = 14;
    static final double HEADER_SIZE = 13;
    static final double MOTTO_SIZE = 14;
    static final double SUBJECT_LINE_SIZE = 12;
    static final double RECIPIENTS_TITLE_SIZE = 12;
    static final double RECIPIENTS_SIZE = 11;
    static final double CAPTION_SIZE = 13;

    private Decree30Style() {
    }

    /**
     * A run in Times New Roman in every font slot, so Vietnamese text never falls back to another face. Properties
     * are set in the schema's order (fonts, bold, italic, size) because some Word versions reject other orders.
     */
    static XWPFRun run(XWPFParagraph paragraph, String text, double size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        fontFamily(run);
        run.setBold(bold);
        run.setItalic(italic);
        size(run, size);
        run.setText(SpreadsheetText.clean(text));
        return run;
    }

    static void font(XWPFRun run, double size) {
        fontFamily(run);
        size(run, size);
    }

    private static void fontFamily(XWPFRun run) {
        for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
            run.setFontFamily(FONT, range);
        }
    }

    private static void size(XWPFRun run, double size) {
        run.setFontSize(size);
        run.setComplexScriptFontSize(size);
    }

    /** Centred, single-spaced, no space after: the lines of the header and footer tables. */
    static void compactCentred(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingBetween(1.0);
    }

    /** Justified body layout: first-line indent, 6 pt after, 1.2 lines. */
    static void body(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
        paragraph.setSpacingAfter(SPACING_AFTER);
        paragraph.setSpacingBetween(LINE_SPACING);
    }

    /**
     * The short horizontal rule under the issuer, the motto and the subject: an empty, very low paragraph whose
     * bottom border is narrowed by equal left and right indents.
     */
    static void rule(XWPFParagraph paragraph, int availableWidth, int ruleWidth) {
        compactCentred(paragraph);
        int indent = Math.max(0, (availableWidth - ruleWidth) / 2);
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        paragraph.setBorderBottom(Borders.SINGLE);
        CTSpacing spacing = paragraph.getCTPPr().isSetSpacing()
                ? paragraph.getCTPPr().getSpacing() : paragraph.getCTPPr().addNewSpacing();
        spacing.setLine(BigInteger.valueOf(80));
        spacing.setLineRule(STLineSpacingRule.EXACT);
    }
}
