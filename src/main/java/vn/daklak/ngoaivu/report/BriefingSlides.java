package vn.daklak.ngoaivu.report;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * The few slide layouts of the briefing deck on a 16:9 page (960 × 540 pt), in Arial, a font every Office and
 * LibreOffice (as Liberation Sans) has with the Vietnamese letters. Boxes do not grow: callers keep their text within
 * {@link #lines} of the box, so nothing overflows.
 */
final class BriefingSlides {

    static final double WIDTH = 960;
    static final double HEIGHT = 540;
    static final double MARGIN = 40;
    static final double CONTENT_WIDTH = WIDTH - 2 * MARGIN;
    static final double BODY_TOP = 110;
    static final String FONT = "Arial";
    private static final double TITLE_SIZE = 28;
    static final Color ACCENT = new Color(0x9C, 0x1C, 0x1C);
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color HEADER_FILL = new Color(0xF2, 0xE6, 0xE6);
    private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
    /** Average advance of an Arial glyph as a share of the font size, rounded up for Vietnamese diacritics. */
    private static final double GLYPH_WIDTH = 0.52;
    private static final double LINE_HEIGHT = 1.2;
    private static final double SPACE_AFTER = 0.25;
    /** Space between a text box's edges and its text, top and bottom together (points). */
    static final double INSETS = 4;

    private final XMLSlideShow show = new XMLSlideShow();

    BriefingSlides() {
        show.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
    }

    XMLSlideShow show() {
        return show;
    }

    XSLFSlide slide(String title) {
        XSLFSlide slide = show.createSlide();
        double size = lines(title, CONTENT_WIDTH, TITLE_SIZE) == 1 ? TITLE_SIZE : 20;
        text(slide, title, MARGIN, 24, CONTENT_WIDTH, 58, size, true, ACCENT, TextAlign.LEFT);
        return slide;
    }

    /** A text box of one paragraph per line; the caller has checked with {@link #lines} that the lines fit. */
    XSLFTextBox text(XSLFSlide slide, String text, double x, double y, double w, double h, double size, boolean bold,
            Color color, TextAlign align) {
        return paragraphs(slide, List.of(text), x, y, w, h, size, bold, color, align);
    }

    XSLFTextBox paragraphs(XSLFSlide slide, List<String> lines, double x, double y, double w, double h, double size,
            boolean bold, Color color, TextAlign align) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new Rectangle2D.Double(x, y, w, h));
        box.setWordWrap(true);
        box.setInsets(new Insets2D(INSETS / 2, 4, INSETS / 2, 4));
        box.clearText();
        for (String line : lines) {
            XSLFTextParagraph paragraph = box.addNewTextParagraph();
            paragraph.setTextAlign(align);
            paragraph.setSpaceAfter(SPACE_AFTER * 100);
            run(paragraph, line, size, bold, color);
        }
        return box;
    }

    /** A table with a shaded bold header row; column widths in points. */
    XSLFTable table(XSLFSlide slide, List<List<String>> rows, double[] widths, double y, double size) {
        XSLFTable table = slide.createTable(rows.size(), widths.length);
        double total = 0;
        for (int c = 0; c < widths.length; c++) {
            table.setColumnWidth(c, widths[c]);
            total += widths[c];
        }
        double rowHeight = size * 1.25 + 12;
        table.setAnchor(new Rectangle2D.Double((WIDTH - total) / 2, y, total, rowHeight * rows.size()));
        for (int r = 0; r < rows.size(); r++) {
            table.setRowHeight(r, rowHeight);
            for (int c = 0; c < widths.length; c++) {
                XSLFTableCell cell = table.getCell(r, c);
                cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
                cell.setBorderColor(BorderEdge.bottom, RULE);
                cell.setBorderWidth(BorderEdge.bottom, 0.75);
                if (r == 0) {
                    cell.setFillColor(HEADER_FILL);
                }
                cell.clearText();
                XSLFTextParagraph paragraph = cell.addNewTextParagraph();
                paragraph.setTextAlign(c == 0 ? TextAlign.LEFT : TextAlign.RIGHT);
                run(paragraph, rows.get(r).get(c), size, r == 0, TEXT);
            }
        }
        return table;
    }

    /** The PNG centred in the box (x, y, w, h), keeping its proportions. */
    void picture(XSLFSlide slide, ChartImage chart, double x, double y, double w, double h) {
        Path png = chart.png();
        try {
            byte[] bytes = Files.readAllBytes(png);
            XSLFPictureData data = show.addPicture(bytes, PictureData.PictureType.PNG);
            PptxPictureSize.tell(data, bytes, chart);
            double scale = Math.min(w / chart.width(), h / chart.height());
            double pw = chart.width() * scale;
            double ph = chart.height() * scale;
            slide.createPicture(data).setAnchor(new Rectangle2D.Double(x + (w - pw) / 2, y + (h - ph) / 2, pw, ph));
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được biểu đồ " + png, e);
        }
    }

    /** How many lines the text takes in a box {@code width} wide at {@code size} points (an upper estimate). */
    static int lines(String text, double width, double size) {
        double perLine = Math.floor((width - 8) / (size * GLYPH_WIDTH));
        return (int) Math.max(1, Math.ceil(text.length() / perLine));
    }

    /**
     * The height in points that {@code lineCount} lines at {@code size} need with the space after each paragraph,
     * without the box's insets ({@link #INSETS}, top and bottom together).
     */
    static double height(int lineCount, int paragraphs, double size) {
        return lineCount * size * LINE_HEIGHT + paragraphs * size * SPACE_AFTER;
    }

    private static void run(XSLFTextParagraph paragraph, String text, double size, boolean bold, Color color) {
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(text);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(color);
    }
}
