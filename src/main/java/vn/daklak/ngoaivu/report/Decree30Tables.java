package vn.daklak.ngoaivu.report;

import static vn.daklak.ngoaivu.report.Decree30Style.HEADER_SIZE;
import static vn.daklak.ngoaivu.report.Decree30Style.MOTTO_SIZE;
import static vn.daklak.ngoaivu.report.Decree30Style.RECIPIENTS_SIZE;
import static vn.daklak.ngoaivu.report.Decree30Style.RECIPIENTS_TITLE_SIZE;
import static vn.daklak.ngoaivu.report.Decree30Style.SUBJECT_LINE_SIZE;
import static vn.daklak.ngoaivu.report.Decree30Style.BODY_SIZE;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** The two borderless two-column tables of Decree 30: the header (issuer | motto) and the footer (recipients | signer). */
final class Decree30Tables {

    static final String MOTTO_NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String RECIPIENTS_TITLE = "Nơi nhận:";

    private static final int LEFT_WIDTH = 3700;
    private static final int RIGHT_WIDTH = Decree30Style.TEXT_WIDTH - LEFT_WIDTH;
    private static final int ISSUER_RULE = 1300;
    private static final int MOTTO_RULE = 3300;
    private static final int SIGNATURE_SPACE_LINES = 4;
    private static final double TABLE_SIZE = 12;

    private Decree30Tables() {
    }

    static void heading(XWPFDocument document, Decree30Heading heading) {
        XWPFTable table = borderless(document, 2);
        XWPFTableCell issuer = table.getRow(0).getCell(0);
        line(issuer, heading.parentBody().toUpperCase(), HEADER_SIZE, false, false);
        line(issuer, heading.issuer().toUpperCase(), HEADER_SIZE, true, false);
        Decree30Style.rule(issuer.addParagraph(), LEFT_WIDTH, ISSUER_RULE);
        XWPFTableCell motto = table.getRow(0).getCell(1);
        line(motto, MOTTO_NATION, HEADER_SIZE, true, false);
        line(motto, MOTTO, MOTTO_SIZE, true, false);
        Decree30Style.rule(motto.addParagraph(), RIGHT_WIDTH, MOTTO_RULE);
        XWPFTableCell number = table.getRow(1).getCell(0);
        line(number, heading.numberLine(), HEADER_SIZE, false, false);
        if (heading.aboutLine() != null) {
            line(number, heading.aboutLine(), SUBJECT_LINE_SIZE, false, false);
        }
        line(table.getRow(1).getCell(1), Decree30Dates.placeAndDate(heading.place(), heading.date()),
                MOTTO_SIZE, false, true);
    }

    static void closing(XWPFDocument document, Decree30Closing closing) {
        XWPFTable table = borderless(document, 1);
        // "Nơi nhận" and the signature stay together on one page, never split by a page break
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFParagraph title = line(recipients, RECIPIENTS_TITLE, RECIPIENTS_TITLE_SIZE, true, true);
        title.setAlignment(ParagraphAlignment.LEFT);
        for (String recipient : recipientLines(closing.recipients())) {
            line(recipients, recipient, RECIPIENTS_SIZE, false, false).setAlignment(ParagraphAlignment.LEFT);
        }
        XWPFTableCell signer = table.getRow(0).getCell(1);
        line(signer, closing.authority().toUpperCase(), BODY_SIZE, true, false);
        if (!closing.title().isBlank()) {
            line(signer, closing.title().toUpperCase(), BODY_SIZE, true, false);
        }
        for (int i = 0; i < SIGNATURE_SPACE_LINES; i++) {
            line(signer, "", BODY_SIZE, false, false);
        }
        line(signer, closing.name(), BODY_SIZE, true, false);
    }

    /** "- A;" for each recipient, the last one ending with "."; "Lưu: VT" is added when the list lacks it. */
    static List<String> recipientLines(List<String> recipients) {
        List<String> names = new ArrayList<>(recipients);
        if (names.stream().noneMatch(name -> name.startsWith("Lưu"))) {
            names.add("Lưu: VT");
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            lines.add("- " + names.get(i) + (i == names.size() - 1 ? "." : ";"));
        }
        return lines;
    }

    /** A bordered table of figures: bold centred header, text cells left, number cells (digits only) right. */
    static void data(XWPFDocument document, List<String> header, List<List<String>> rows, int[] widths) {
        XWPFTable table = document.createTable(rows.size() + 1, header.size());
        table.setWidth(Decree30Style.TEXT_WIDTH);
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        for (int c = 0; c < header.size(); c++) {
            dataCell(table.getRow(0).getCell(c), header.get(c), widths[c], true);
        }
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                dataCell(table.getRow(r + 1).getCell(c), rows.get(r).get(c), widths[c], false);
            }
        }
    }

    private static void dataCell(XWPFTableCell cell, String text, int width, boolean header) {
        cell.setWidth(Integer.toString(width));
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        Decree30Style.compactCentred(paragraph);
        if (!header) {
            paragraph.setAlignment(text.matches("[\\d.,%]+") ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        }
        Decree30Style.run(paragraph, text, TABLE_SIZE, header, false);
    }

    private static XWPFTable borderless(XWPFDocument document, int rows) {
        XWPFTable table = document.createTable(rows, 2);
        table.setWidth(Decree30Style.TEXT_WIDTH);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
        fixedColumns(table);
        for (int r = 0; r < rows; r++) {
            table.getRow(r).getCell(0).setWidth(Integer.toString(LEFT_WIDTH));
            table.getRow(r).getCell(1).setWidth(Integer.toString(RIGHT_WIDTH));
        }
        return table;
    }

    /** A column grid and fixed layout, so every reader keeps the columns' widths instead of fitting the text. */
    private static void fixedColumns(XWPFTable table) {
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        grid.addNewGridCol().setW(BigInteger.valueOf(LEFT_WIDTH));
        grid.addNewGridCol().setW(BigInteger.valueOf(RIGHT_WIDTH));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
    }

    /** Adds a centred line to a cell, reusing the empty paragraph a new cell starts with. */
    private static XWPFParagraph line(XWPFTableCell cell, String text, double size, boolean bold, boolean italic) {
        List<XWPFParagraph> existing = cell.getParagraphs();
        XWPFParagraph last = existing.get(existing.size() - 1);
        XWPFParagraph paragraph = existing.size() == 1 && last.getRuns().isEmpty() && last.getText().isEmpty()
                && !last.getCTP().isSetPPr() ? last : cell.addParagraph();
        Decree30Style.compactCentred(paragraph);
        Decree30Style.run(paragraph, text, size, bold, italic);
        return paragraph;
    }
}
