package vn.daklak.ngoaivu.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Rewrites one worksheet of the agency's package on the way through: rows without a problem, a formula or a risky
 * text go out byte for byte; the others are rewritten as text ({@link RowEdit}); problem rows the sheet does not have
 * are added in order; the head and tail get the feedback's print setup ({@link SheetFrame}).
 */
final class SheetRewriter {

    private final RowEdit edit;
    private final NavigableMap<Integer, ProblemIndex.RowProblems> pending;

    SheetRewriter(RowEdit edit, NavigableMap<Integer, ProblemIndex.RowProblems> problems) {
        this.edit = edit;
        this.pending = new TreeMap<>(problems);
    }

    void rewrite(InputStream in, OutputStream out) throws IOException {
        XmlBytes xml = new XmlBytes(in);
        int sheetData = head(xml);
        String head = xml.string(0, sheetData);
        boolean emptyData = xml.selfClosing(sheetData);
        String dataTag = xml.string(sheetData, xml.length());
        SheetFrame frame = new SheetFrame(head);
        edit.lastColumn(frame.lastColumn());
        out.write(frame.head().getBytes(StandardCharsets.UTF_8));
        xml.clear();
        if (emptyData) {
            out.write(bytes(pending.isEmpty() ? dataTag : "<sheetData>"));
            if (!pending.isEmpty()) {
                out.write(bytes(pendingBefore(Integer.MAX_VALUE) + "</sheetData>"));
            }
        } else {
            out.write(bytes(dataTag));
            rows(xml, out);
        }
        while (xml.text()) {
            xml.tag();
        }
        out.write(bytes(frame.tail(xml.string(0, xml.length()), edit.hasNotes())));
    }

    /** Reads up to and including the sheetData tag; returns where that tag starts. */
    private static int head(XmlBytes xml) throws IOException {
        while (xml.text()) {
            int start = xml.tag();
            if (xml.isTag(start, "sheetData")) {
                return start;
            }
        }
        throw new IOException("worksheet without sheetData");
    }

    /** Copies the rows; leaves the buffer holding the end tag of sheetData. */
    private void rows(XmlBytes xml, OutputStream out) throws IOException {
        int lastRow = 0;
        int rowStart = -1;
        boolean special = false;
        while (xml.text()) {
            int start = xml.tag();
            if (rowStart < 0 && xml.isTag(start, "row")) {
                xml.writeTo(out, 0, start);
                xml.drop(start);
                rowStart = 0;
                special = false;
                if (xml.selfClosing(0)) {
                    lastRow = endRow(xml, out, lastRow, special);
                    rowStart = -1;
                }
            } else if (rowStart >= 0 && xml.isTag(start, "/row")) {
                lastRow = endRow(xml, out, lastRow, special);
                rowStart = -1;
            } else if (rowStart >= 0 && !special) {
                special = isFormula(xml, start) || isRiskyText(xml, start);
            } else if (rowStart < 0 && xml.isTag(start, "/sheetData")) {
                xml.writeTo(out, 0, start);
                xml.drop(start);
                out.write(bytes(pendingBefore(Integer.MAX_VALUE)));
                return;
            }
        }
        throw new IOException("sheetData not closed");
    }

    private int endRow(XmlBytes xml, OutputStream out, int lastRow, boolean special) throws IOException {
        int declared = xml.intAttribute("r");
        int number = declared > 0 ? declared : lastRow + 1;
        out.write(bytes(pendingBefore(number)));
        ProblemIndex.RowProblems problems = pending.remove(number);
        if (problems == null && !special) {
            xml.writeTo(out, 0, xml.length());
        } else {
            out.write(bytes(edit.rewrite(xml.string(0, xml.length()), number, problems)));
        }
        xml.clear();
        return number;
    }

    private String pendingBefore(int rowNumber) {
        StringBuilder rows = new StringBuilder();
        while (!pending.isEmpty() && pending.firstKey() < rowNumber) {
            Map.Entry<Integer, ProblemIndex.RowProblems> first = pending.pollFirstEntry();
            rows.append(edit.rewrite("<row r=\"" + first.getKey() + "\"></row>", first.getKey(), first.getValue()));
        }
        return rows.toString();
    }

    private static boolean isFormula(XmlBytes xml, int start) {
        return xml.isTag(start, "f");
    }

    /** A text that may start a formula (the precise test is the row rewrite's). */
    private static boolean isRiskyText(XmlBytes xml, int start) throws IOException {
        return xml.isTag(start, "t") && !xml.selfClosing(start) && TextEscape.suspicious(xml.peek());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
