package vn.daklak.ngoaivu.feedback;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The agency's styles part, extended in place: the mark formats of the copy ({@link MarkStyles}), then the formats
 * of our own two sheets (from the small workbook POI wrote them in), their fonts, fills, borders and number formats
 * renumbered after the agency's. The agency's own formats keep their numbers, so its cells need no change.
 */
final class StyleMerge {

    private final Document doc;
    private final Element fonts;
    private final Element fills;
    private final Element borders;
    private final Element cellXfs;

    StyleMerge(Document doc) throws IOException {
        this.doc = doc;
        Element root = doc.getDocumentElement();
        if (!OoxmlXml.MAIN.equals(root.getNamespaceURI())) {
            throw new IOException("styles in another namespace");
        }
        this.fonts = required(root, "fonts");
        this.fills = required(root, "fills");
        this.borders = required(root, "borders");
        this.cellXfs = required(root, "cellXfs");
    }

    int cellFormats() {
        return OoxmlXml.children(cellXfs, "xf").size();
    }

    /** Adds the mark formats and the other workbook's formats; returns the number the latter start at. */
    int merge(List<MarkStyles.Added> marks, Document other) {
        addMarks(marks);
        int offset = cellFormats();
        Element theirs = other.getDocumentElement();
        int fontBase = append(fonts, OoxmlXml.child(theirs, "fonts"), "font");
        int fillBase = append(fills, OoxmlXml.child(theirs, "fills"), "fill");
        int borderBase = append(borders, OoxmlXml.child(theirs, "borders"), "border");
        Map<String, String> numFmts = numberFormats(OoxmlXml.child(theirs, "numFmts"));
        for (Element xf : OoxmlXml.children(OoxmlXml.child(theirs, "cellXfs"), "xf")) {
            Element copy = (Element) doc.importNode(xf, true);
            shift(copy, "fontId", fontBase);
            shift(copy, "fillId", fillBase);
            shift(copy, "borderId", borderBase);
            copy.setAttribute("numFmtId", numFmts.getOrDefault(copy.getAttribute("numFmtId"),
                    copy.getAttribute("numFmtId").isEmpty() ? "0" : copy.getAttribute("numFmtId")));
            copy.setAttribute("xfId", "0");
            cellXfs.appendChild(copy);
        }
        for (Element e : List.of(fonts, fills, borders, cellXfs)) {
            e.setAttribute("count", String.valueOf(OoxmlXml.children(e, null).size()));
        }
        return offset;
    }

    private void addMarks(List<MarkStyles.Added> marks) {
        List<Element> xfs = OoxmlXml.children(cellXfs, "xf");
        Map<Mark, Integer> fillIds = new EnumMap<>(Mark.class);
        for (MarkStyles.Added a : marks) {
            int fillId = fillIds.computeIfAbsent(a.mark(), this::addFill);
            Element copy = (Element) xfs.get(a.base()).cloneNode(true);
            copy.setAttribute("fillId", String.valueOf(fillId));
            copy.setAttribute("applyFill", "1");
            cellXfs.appendChild(copy);
        }
    }

    private int addFill(Mark mark) {
        Element fill = OoxmlXml.element(doc, "fill");
        Element pattern = OoxmlXml.element(doc, "patternFill");
        pattern.setAttribute("patternType", "solid");
        Element fg = OoxmlXml.element(doc, "fgColor");
        fg.setAttribute("indexed", String.valueOf(mark.fill().getIndex()));
        Element bg = OoxmlXml.element(doc, "bgColor");
        bg.setAttribute("indexed", "64");
        pattern.appendChild(fg);
        pattern.appendChild(bg);
        fill.appendChild(pattern);
        fills.appendChild(fill);
        return OoxmlXml.children(fills, "fill").size() - 1;
    }

    /** Appends the other's children; returns the index the first one got. */
    private int append(Element ours, Element theirs, String name) {
        int base = OoxmlXml.children(ours, name).size();
        if (theirs != null) {
            for (Element e : OoxmlXml.children(theirs, name)) {
                ours.appendChild(doc.importNode(e, true));
            }
        }
        return base;
    }

    /** The other's custom number formats added under new ids; returns old id to new id. */
    private Map<String, String> numberFormats(Element theirs) {
        Map<String, String> ids = new HashMap<>();
        if (theirs == null) {
            return ids;
        }
        Element root = doc.getDocumentElement();
        Element ours = OoxmlXml.child(root, "numFmts");
        if (ours == null) {
            ours = OoxmlXml.element(doc, "numFmts");
            root.insertBefore(ours, root.getFirstChild());
        }
        int next = 164;
        for (Element f : OoxmlXml.children(ours, "numFmt")) {
            next = Math.max(next, parse(f.getAttribute("numFmtId")) + 1);
        }
        for (Element f : OoxmlXml.children(theirs, "numFmt")) {
            Element copy = (Element) doc.importNode(f, true);
            ids.put(f.getAttribute("numFmtId"), String.valueOf(next));
            copy.setAttribute("numFmtId", String.valueOf(next++));
            ours.appendChild(copy);
        }
        ours.setAttribute("count", String.valueOf(OoxmlXml.children(ours, "numFmt").size()));
        return ids;
    }

    private static void shift(Element xf, String attribute, int base) {
        xf.setAttribute(attribute, String.valueOf(parse(xf.getAttribute(attribute)) + base));
    }

    private static int parse(String s) {
        try {
            return s.isEmpty() ? 0 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Element required(Element root, String name) throws IOException {
        Element e = OoxmlXml.child(root, name);
        if (e == null) {
            throw new IOException("styles without " + name);
        }
        return e;
    }
}
