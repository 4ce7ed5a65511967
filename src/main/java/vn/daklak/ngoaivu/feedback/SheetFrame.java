package vn.daklak.ngoaivu.feedback;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/**
 * What comes before and after the rows of a copied worksheet, edited as text: the feedback's print rule (A4 landscape,
 * one page wide, as {@link PageSetup#landscape}), no selected tab (the summary is the one shown first), and the
 * reference to the notes when the sheet gets some.
 */
final class SheetFrame {

    static final String NOTES_ID = "rIdNgvhNotes";
    static final String VML_ID = "rIdNgvhVml";

    private static final Pattern DIMENSION = Pattern.compile("<dimension\\s+ref=\"[A-Z]*\\d*:?([A-Z]+)\\d*\"");
    private static final Pattern SHEET_PR = Pattern.compile("<sheetPr\\b([^>]*?)(/?)>");
    private static final Pattern PAGE_SETUP_PR = Pattern.compile("<pageSetUpPr\\b[^>]*?/>");
    private static final Pattern MARGINS = Pattern.compile("<pageMargins\\b[^>]*?/>");
    private static final Pattern PAGE_SETUP = Pattern.compile("<pageSetup\\b[^>]*?(/>|>.*?</pageSetup>)",
            Pattern.DOTALL);
    private static final Pattern WORKSHEET = Pattern.compile("<worksheet\\b[^>]*>");
    private static final List<String> AFTER_PAGE_SETUP = List.of("headerFooter", "rowBreaks", "colBreaks",
            "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing",
            "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts",
            "extLst");
    private static final List<String> AFTER_LEGACY_DRAWING = AFTER_PAGE_SETUP.subList(9, AFTER_PAGE_SETUP.size());
    private static final String PRINT = "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\""
            + " header=\"0.3\" footer=\"0.3\"/><pageSetup paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\""
            + " orientation=\"landscape\"/>";
    private static final String LEGACY_DRAWING = "<legacyDrawing xmlns:r=\"" + OoxmlXml.REL + "\" r:id=\"" + VML_ID
            + "\"/>";

    private final String head;

    SheetFrame(String head) throws IOException {
        if (!WORKSHEET.matcher(head).find()) {
            throw new IOException("worksheet root with a prefix or missing");
        }
        this.head = head;
    }

    /** The last column the sheet declares it uses (0-based), or -1. */
    int lastColumn() {
        Matcher m = DIMENSION.matcher(head);
        return m.find() ? CellReference.convertColStringToIndex(m.group(1)) : -1;
    }

    String head() {
        String h = head.replace("tabSelected=\"1\"", "tabSelected=\"0\"")
                .replace("tabSelected=\"true\"", "tabSelected=\"0\"");
        Matcher pr = SHEET_PR.matcher(h);
        if (!pr.find()) {
            Matcher root = WORKSHEET.matcher(h);
            root.find();
            return h.substring(0, root.end()) + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
                    + h.substring(root.end());
        }
        if (pr.group(2).equals("/")) {
            return h.substring(0, pr.start()) + "<sheetPr" + pr.group(1) + "><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
                    + h.substring(pr.end());
        }
        int close = h.indexOf("</sheetPr>", pr.end());
        String inner = h.substring(pr.end(), close);
        Matcher setup = PAGE_SETUP_PR.matcher(inner);
        inner = setup.find() ? setup.replaceFirst("<pageSetUpPr fitToPage=\"1\"/>")
                : inner + "<pageSetUpPr fitToPage=\"1\"/>";
        return h.substring(0, pr.end()) + inner + h.substring(close);
    }

    /** The tail (from the end tag of sheetData) with our print setup, and the notes' drawing when there are notes. */
    String tail(String tail, boolean notes) throws IOException {
        String t = PAGE_SETUP.matcher(MARGINS.matcher(tail).replaceAll("")).replaceAll("");
        t = insertBefore(t, AFTER_PAGE_SETUP, PRINT);
        if (notes) {
            if (t.contains("<legacyDrawing ") || t.contains("<legacyDrawing>")) {
                throw new IOException("sheet already has notes");
            }
            t = insertBefore(t, AFTER_LEGACY_DRAWING, LEGACY_DRAWING);
        }
        return t;
    }

    private static String insertBefore(String tail, List<String> followers, String piece) throws IOException {
        int at = -1;
        for (String name : followers) {
            Matcher m = Pattern.compile("<" + name + "[\\s/>]").matcher(tail);
            if (m.find() && (at < 0 || m.start() < at)) {
                at = m.start();
            }
        }
        if (at < 0) {
            at = tail.lastIndexOf("</worksheet>");
        }
        if (at < 0) {
            throw new IOException("worksheet not closed");
        }
        return tail.substring(0, at) + piece + tail.substring(at);
    }
}
