package vn.daklak.ngoaivu.feedback;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.w3c.dom.Document;
import vn.daklak.ngoaivu.feedback.OwnSheet.Style;

/**
 * The styles part of our own two sheets and the number of each {@link Style} in it, made ONCE per process by
 * {@link FeedbackStyles} in a workbook of its own: the styles never change, and building a POI workbook for every
 * feedback cost more than the rest of a small file's ingest (issue 10).
 */
final class OwnStyles {

    private static final OwnStyles INSTANCE = make();

    private final byte[] xml;
    private final Map<Style, Integer> index;

    private OwnStyles(byte[] xml, Map<Style, Integer> index) {
        this.xml = xml;
        this.index = index;
    }

    static OwnStyles get() {
        return INSTANCE;
    }

    /** The styles part as POI wrote it. */
    byte[] xml() {
        return xml.clone();
    }

    /** A fresh document of the styles part (callers may change theirs). */
    Document document() throws IOException {
        return OoxmlXml.parse(new ByteArrayInputStream(xml));
    }

    int index(Style style) {
        return index.get(style);
    }

    private static OwnStyles make() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            FeedbackStyles styles = new FeedbackStyles(workbook);
            Map<Style, Integer> index = new EnumMap<>(Style.class);
            index.put(Style.HEADER, (int) styles.header().getIndex());
            index.put(Style.WRAP, (int) styles.wrap().getIndex());
            index.put(Style.TITLE, (int) styles.title().getIndex());
            index.put(Style.LABEL, (int) styles.label().getIndex());
            index.put(Style.ACCEPTED, (int) styles.verdict(true).getIndex());
            index.put(Style.REJECTED, (int) styles.verdict(false).getIndex());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.getStylesSource().writeTo(out);
            return new OwnStyles(out.toByteArray(), index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
