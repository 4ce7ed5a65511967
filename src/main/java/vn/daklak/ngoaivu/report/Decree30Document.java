package vn.daklak.ngoaivu.report;

import static vn.daklak.ngoaivu.report.Decree30Style.BODY_SIZE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Builds a .docx laid out as an administrative document of Decree 30/2020/NĐ-CP: A4 portrait with the decree's
 * margins, Times New Roman, the borderless header and footer tables, justified body text, page numbers from page 2.
 * Call the parts in reading order, then {@link #writeTo(Path)} or {@link #toBytes()} once: writing releases the
 * underlying POI document.
 */
public final class Decree30Document {

    private static final int TITLE_SPACING_BEFORE = 360;
    private static final int SUBJECT_RULE = 2000;
    /** Where the addressee list starts: under "Kính gửi:" rather than at the margin, as letters are typed. */
    private static final int ADDRESSEE_INDENT = 1800;
    private static final int ADDRESSEE_HANG = 240;

    private final XWPFDocument document = new XWPFDocument();

    public Decree30Document() {
        Decree30PageSetup.apply(document);
    }

    public Decree30Document heading(Decree30Heading heading) {
        Decree30Tables.heading(document, heading);
        return this;
    }

    /** "BÁO CÁO" (or another kind), centred bold, and the subject under it with a short rule. */
    public Decree30Document title(String kind, String subject) {
        XWPFParagraph title = document.createParagraph();
        Decree30Style.compactCentred(title);
        title.setSpacingBefore(TITLE_SPACING_BEFORE);
        Decree30Style.run(title, kind.toUpperCase(), BODY_SIZE, true, false);
        XWPFParagraph subjectLine = document.createParagraph();
        Decree30Style.compactCentred(subjectLine);
        Decree30Style.run(subjectLine, subject, BODY_SIZE, true, false);
        Decree30Style.rule(document.createParagraph(), Decree30Style.TEXT_WIDTH, SUBJECT_RULE);
        spacer();
        return this;
    }

    /**
     * A letter's "Kính gửi:": one addressee on the same line, centred; several as a left-aligned list of "- …;" lines
     * under it, each hanging on its dash so a long name wraps under the name.
     */
    public Decree30Document addressees(List<String> addressees) {
        XWPFParagraph first = document.createParagraph();
        Decree30Style.compactCentred(first);
        first.setSpacingBefore(TITLE_SPACING_BEFORE);
        first.setSpacingAfter(Decree30Style.SPACING_AFTER);
        Decree30Style.run(first, "Kính gửi:", BODY_SIZE, false, false);
        if (addressees.size() == 1) {
            Decree30Style.run(first, " " + addressees.get(0) + ".", BODY_SIZE, false, false);
            return this;
        }
        for (int i = 0; i < addressees.size(); i++) {
            XWPFParagraph line = document.createParagraph();
            Decree30Style.compactCentred(line);
            line.setAlignment(ParagraphAlignment.LEFT);
            line.setIndentationLeft(ADDRESSEE_INDENT + ADDRESSEE_HANG);
            line.setIndentationHanging(ADDRESSEE_HANG);
            String end = i == addressees.size() - 1 ? "." : ";";
            Decree30Style.run(line, "- " + addressees.get(i) + end, BODY_SIZE, false, false);
        }
        spacer();
        return this;
    }

    /** A section heading ("I. KẾT QUẢ THỰC HIỆN"): bold, on the body's indent. */
    public Decree30Document section(String text) {
        XWPFParagraph paragraph = bodyParagraph();
        Decree30Style.run(paragraph, text, BODY_SIZE, true, false);
        return this;
    }

    /** A sub-heading ("1. Hoạt động ngoại giao văn hóa ở nước ngoài"): bold italic, on the body's indent. */
    public Decree30Document subsection(String text) {
        XWPFParagraph paragraph = bodyParagraph();
        Decree30Style.run(paragraph, text, BODY_SIZE, true, true);
        return this;
    }

    public Decree30Document paragraph(String text) {
        Decree30Style.run(bodyParagraph(), text, BODY_SIZE, false, false);
        return this;
    }

    /** A paragraph that starts with a bold lead-in ("Ưu điểm: ") followed by plain text. */
    public Decree30Document paragraph(String boldLead, String text) {
        XWPFParagraph paragraph = bodyParagraph();
        Decree30Style.run(paragraph, boldLead, BODY_SIZE, true, false);
        Decree30Style.run(paragraph, text, BODY_SIZE, false, false);
        return this;
    }

    /** A PNG chart, centred and scaled to the text width, with its caption in italics under it. */
    public Decree30Document chart(ChartImage chart, String caption) {
        Decree30DocxImages.centredPicture(document.createParagraph(), chart);
        XWPFParagraph captionLine = document.createParagraph();
        Decree30Style.compactCentred(captionLine);
        captionLine.setSpacingAfter(Decree30Style.SPACING_AFTER);
        Decree30Style.run(captionLine, caption, Decree30Style.CAPTION_SIZE, false, true);
        return this;
    }

    /** A table with a bold header row and thin borders; widths in twips, summing to at most the text width. */
    public Decree30Document table(List<String> header, List<List<String>> rows, int[] widths) {
        Decree30Tables.data(document, header, rows, widths);
        spacer();
        return this;
    }

    /** Starts a new page with a centred bold title ("PHỤ LỤC: BIỂU ĐỒ"), for what follows the signature. */
    public Decree30Document appendix(String title) {
        XWPFParagraph paragraph = document.createParagraph();
        Decree30Style.compactCentred(paragraph);
        paragraph.setPageBreak(true);
        paragraph.setSpacingAfter(Decree30Style.SPACING_AFTER);
        Decree30Style.run(paragraph, title, BODY_SIZE, true, false);
        return this;
    }

    public Decree30Document closing(Decree30Closing closing) {
        spacer();
        Decree30Tables.closing(document, closing);
        return this;
    }

    public void writeTo(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được tệp " + file, e);
        }
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void write(OutputStream out) throws IOException {
        try (document) {
            document.write(out);
        }
    }

    private XWPFParagraph bodyParagraph() {
        XWPFParagraph paragraph = document.createParagraph();
        Decree30Style.body(paragraph);
        return paragraph;
    }

    private void spacer() {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.LEFT);
        paragraph.setSpacingAfter(0);
    }
}
