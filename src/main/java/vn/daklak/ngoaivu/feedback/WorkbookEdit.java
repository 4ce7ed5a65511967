package vn.daklak.ngoaivu.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The workbook part of the agency's package with its relationships and content types: which sheets it has and where,
 * and the same parts rewritten with our summary first and our problem list last (agency sheets named like ours get
 * a suffix; the agency's defined names and external links are left out, as its formulas are).
 */
final class WorkbookEdit {

    static final String WORKBOOK = "xl/workbook.xml";
    static final String RELS = "xl/_rels/workbook.xml.rels";
    static final String TYPES = "[Content_Types].xml";
    private static final String SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private static final String NOTES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";

    /** One sheet of the agency's workbook; {@code worksheet} false for a chart or dialog sheet. */
    record SheetPart(String name, String path, boolean worksheet) {
    }

    private final Document workbook;
    private final Document rels;
    private final Document types;
    private final List<SheetPart> sheets = new ArrayList<>();
    private final Map<String, String> targetsByType = new HashMap<>();

    private WorkbookEdit(Document workbook, Document rels, Document types) {
        this.workbook = workbook;
        this.rels = rels;
        this.types = types;
    }

    static WorkbookEdit read(ZipFile zip) throws IOException {
        WorkbookEdit edit = new WorkbookEdit(parse(zip, WORKBOOK), parse(zip, RELS), parse(zip, TYPES));
        edit.index();
        return edit;
    }

    private void index() throws IOException {
        if (!OoxmlXml.MAIN.equals(workbook.getDocumentElement().getNamespaceURI())) {
            throw new IOException("workbook in another namespace (strict OOXML)");
        }
        Map<String, Element> byId = new HashMap<>();
        for (Element r : OoxmlXml.children(rels.getDocumentElement(), "Relationship")) {
            byId.put(r.getAttribute("Id"), r);
            String type = r.getAttribute("Type");
            targetsByType.putIfAbsent(type.substring(type.lastIndexOf('/') + 1), resolve(r.getAttribute("Target")));
        }
        for (Element s : OoxmlXml.children(sheetsElement(), "sheet")) {
            Element rel = byId.get(s.getAttributeNS(OoxmlXml.REL, "id"));
            if (rel == null || "External".equals(rel.getAttribute("TargetMode"))) {
                throw new IOException("sheet without its part");
            }
            sheets.add(new SheetPart(s.getAttribute("name"), resolve(rel.getAttribute("Target")),
                    rel.getAttribute("Type").endsWith("/worksheet")));
        }
    }

    List<SheetPart> sheets() {
        return sheets;
    }

    /** The part of a relationship type of the workbook ("styles", "sharedStrings", "calcChain"), or null. */
    String part(String type) {
        return targetsByType.get(type);
    }

    /** The workbook with our two sheets around the agency's, and our defined names instead of the agency's. */
    byte[] workbook(String summaryName, String problemsName, List<Element> ourNames) throws IOException {
        Element root = workbook.getDocumentElement();
        Element list = sheetsElement();
        SheetNames names = new SheetNames(summaryName, problemsName);
        int maxId = 0;
        for (Element s : OoxmlXml.children(list, "sheet")) {
            s.setAttribute("name", names.unique(s.getAttribute("name")));
            maxId = Math.max(maxId, Integer.parseInt(s.getAttribute("sheetId").trim()));
        }
        list.insertBefore(sheet(summaryName, maxId + 1, "rIdNgvhSummary"), list.getFirstChild());
        list.appendChild(sheet(problemsName, maxId + 2, "rIdNgvhProblems"));
        for (String drop : List.of("definedNames", "externalReferences")) {
            Element e = OoxmlXml.child(root, drop);
            if (e != null) {
                root.removeChild(e);
            }
        }
        Element defined = OoxmlXml.element(workbook, "definedNames");
        for (Element name : ourNames) {
            defined.appendChild(workbook.importNode(name, true));
        }
        root.insertBefore(defined, list.getNextSibling());
        Element views = OoxmlXml.child(root, "bookViews");
        if (views != null) {
            for (Element view : OoxmlXml.children(views, "workbookView")) {
                view.setAttribute("activeTab", "0");
                view.setAttribute("firstSheet", "0");
            }
        }
        return OoxmlXml.bytes(workbook);
    }

    byte[] rels(String summaryPath, String problemsPath) throws IOException {
        Element root = rels.getDocumentElement();
        for (Element r : OoxmlXml.children(root, "Relationship")) {
            if (r.getAttribute("Type").endsWith("/calcChain") || r.getAttribute("Type").endsWith("/externalLink")) {
                root.removeChild(r);
            }
        }
        root.appendChild(relationship(rels, "rIdNgvhSummary", "worksheet", "/" + summaryPath));
        root.appendChild(relationship(rels, "rIdNgvhProblems", "worksheet", "/" + problemsPath));
        return OoxmlXml.bytes(rels);
    }

    byte[] types(List<String> sheetParts, List<String> noteParts) throws IOException {
        Element root = types.getDocumentElement();
        String calcChain = part("calcChain");
        boolean vml = false;
        for (Element e : OoxmlXml.children(root, null)) {
            vml |= "vml".equalsIgnoreCase(e.getAttribute("Extension"));
            if (calcChain != null && ("/" + calcChain).equals(e.getAttribute("PartName"))) {
                root.removeChild(e);
            }
        }
        if (!vml) {
            Element d = OoxmlXml.element(types, "Default");
            d.setAttribute("Extension", "vml");
            d.setAttribute("ContentType", "application/vnd.openxmlformats-officedocument.vmlDrawing");
            root.insertBefore(d, root.getFirstChild());
        }
        sheetParts.forEach(p -> root.appendChild(override(p, SHEET_TYPE)));
        noteParts.forEach(p -> root.appendChild(override(p, NOTES_TYPE)));
        return OoxmlXml.bytes(types);
    }

    static Element relationship(Document doc, String id, String type, String target) {
        Element r = OoxmlXml.element(doc, "Relationship");
        r.setAttribute("Id", id);
        r.setAttribute("Type", OoxmlXml.REL + "/" + type);
        r.setAttribute("Target", target);
        return r;
    }

    private Element override(String part, String type) {
        Element o = OoxmlXml.element(types, "Override");
        o.setAttribute("PartName", "/" + part);
        o.setAttribute("ContentType", type);
        return o;
    }

    private Element sheet(String name, int id, String relId) {
        Element s = OoxmlXml.element(workbook, "sheet");
        s.setAttribute("name", name);
        s.setAttribute("sheetId", String.valueOf(id));
        s.setAttributeNS(OoxmlXml.REL, "r:id", relId);
        return s;
    }

    private Element sheetsElement() throws IOException {
        Element list = OoxmlXml.child(workbook.getDocumentElement(), "sheets");
        if (list == null) {
            throw new IOException("workbook without sheets");
        }
        return list;
    }

    /** A workbook relationship's target as a part name without the leading slash. */
    private static String resolve(String target) {
        String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
        while (path.contains("/../")) {
            path = path.replaceFirst("[^/]+/\\.\\./", "");
        }
        return path;
    }

    static Document parse(ZipFile zip, String name) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("package without " + name);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return OoxmlXml.parse(in);
        }
    }
}
