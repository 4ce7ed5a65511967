package vn.daklak.ngoaivu.feedback;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.daklak.ngoaivu.read.UnreadableWorkbookException;
import vn.daklak.ngoaivu.read.ZipPackages;

/**
 * The feedback workbook of an .xlsx made from the agency's own package: every part we do not change is copied as its
 * compressed bytes; the sheets stream through {@link SheetRewriter}, which rewrites only the rows that carry a problem,
 * a formula or a risky text; our summary and problem list are grafted on. So the cost follows the file's size and
 * its problems, not a re-serialisation of every cell (the copy used to cost a third of a 200,000-row ingest). Any
 * package this does not understand (strict OOXML, prefixed XML, a sheet that already has notes, …) is left to the
 * value-by-value copy: {@link #write} then returns false and has written nothing.
 */
final class PackageCopy {

    private static final Logger log = LoggerFactory.getLogger(PackageCopy.class);
    private static final String SUMMARY_PART = "xl/worksheets/ngvh-ket-qua.xml";
    private static final String PROBLEMS_PART = "xl/worksheets/ngvh-loi.xml";

    private final ZipFile zip;
    private final ZipArchiveOutputStream out;
    private final List<String> noteParts = new ArrayList<>();

    private PackageCopy(ZipFile zip, ZipArchiveOutputStream out) {
        this.zip = zip;
        this.out = out;
    }

    static boolean write(FeedbackRequest request, List<FeedbackRow> rows, int commentLimit) throws IOException {
        try {
            ZipPackages.check(request.original());
        } catch (UnreadableWorkbookException e) {
            return false;
        }
        Path dir = request.xlsxOut().toAbsolutePath().getParent();
        // Named here rather than by createTempFile, whose owner-only permissions the feedback file would keep.
        Path temp = dir.resolve(".ngvh-" + UUID.randomUUID() + ".xlsx.tmp");
        try {
            try (ZipFile zip = ZipFile.builder().setPath(request.original()).get();
                 ZipArchiveOutputStream out = new ZipArchiveOutputStream(temp)) {
                out.setLevel(Deflater.BEST_SPEED);
                new PackageCopy(zip, out).copy(request, rows, commentLimit);
            }
            Files.move(temp, request.xlsxOut(), StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException | RuntimeException e) {
            log.info("Feedback of {} falls back to the cell-by-cell copy: {}", request.original(), e.toString());
            return false;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void copy(FeedbackRequest request, List<FeedbackRow> rows, int commentLimit) throws IOException {
        WorkbookEdit workbook = WorkbookEdit.read(zip);
        String stylesPart = workbook.part("styles");
        if (stylesPart == null) {
            throw new IOException("package without styles");
        }
        Document stylesDoc = WorkbookEdit.parse(zip, stylesPart);
        StyleMerge styles = new StyleMerge(stylesDoc);
        if (styles.cellFormats() == 0) {
            throw new IOException("styles without cell formats");
        }
        Set<String> replaced = replacedParts(workbook, stylesPart);
        zip.copyRawEntries(out, e -> !replaced.contains(e.getName()));
        String strings = workbook.part("sharedStrings");
        if (strings != null && zip.getEntry(strings) != null) {
            try (InputStream in = zip.getInputStream(zip.getEntry(strings))) {
                out.putArchiveEntry(new ZipArchiveEntry(strings));
                SharedStringsEscape.rewrite(in, out);
                out.closeArchiveEntry();
            }
        }
        MarkStyles marks = new MarkStyles(styles.cellFormats());
        SheetNotes.Budget budget = new SheetNotes.Budget(commentLimit);
        ProblemIndex index = new ProblemIndex(request.problems());
        for (WorkbookEdit.SheetPart sheet : workbook.sheets()) {
            copySheet(sheet, index, marks, budget);
        }
        List<String> notes = new ArrayList<>();
        if (budget.skipped() > 0) {
            notes.add(FeedbackWriter.skippedNote(commentLimit, budget.skipped()));
        }
        OwnSheets own = OwnSheets.write(request, rows, notes);
        int offset = styles.merge(marks.added(), own.styles());
        put(SUMMARY_PART, own.summary(offset));
        put(PROBLEMS_PART, own.problems(offset));
        put(stylesPart, OoxmlXml.bytes(stylesDoc));
        put(WorkbookEdit.WORKBOOK, workbook.workbook(SummarySheet.NAME, ProblemListSheet.NAME,
                own.names(workbook.sheets().size() + 1)));
        put(WorkbookEdit.RELS, workbook.rels(SUMMARY_PART, PROBLEMS_PART));
        put(WorkbookEdit.TYPES, workbook.types(List.of(SUMMARY_PART, PROBLEMS_PART), noteParts));
    }

    private Set<String> replacedParts(WorkbookEdit workbook, String stylesPart) {
        Set<String> replaced = new HashSet<>(List.of(WorkbookEdit.WORKBOOK, WorkbookEdit.RELS, WorkbookEdit.TYPES,
                stylesPart));
        for (String type : List.of("sharedStrings", "calcChain")) {
            if (workbook.part(type) != null) {
                replaced.add(workbook.part(type));
            }
        }
        for (WorkbookEdit.SheetPart sheet : workbook.sheets()) {
            if (sheet.worksheet()) {
                replaced.add(sheet.path());
                replaced.add(relsOf(sheet.path()));
            }
        }
        return replaced;
    }

    private void copySheet(WorkbookEdit.SheetPart sheet, ProblemIndex index, MarkStyles marks,
                           SheetNotes.Budget budget) throws IOException {
        if (!sheet.worksheet()) {
            return;
        }
        ZipArchiveEntry entry = zip.getEntry(sheet.path());
        if (entry == null) {
            throw new IOException("sheet part missing");
        }
        SheetNotes notes = new SheetNotes(budget);
        out.putArchiveEntry(new ZipArchiveEntry(sheet.path()));
        try (InputStream in = zip.getInputStream(entry)) {
            new SheetRewriter(new RowEdit(marks, notes), index.rows(sheet.name())).rewrite(in, out);
        }
        out.closeArchiveEntry();
        ZipArchiveEntry rels = zip.getEntry(relsOf(sheet.path()));
        if (notes.isEmpty()) {
            if (rels != null) {
                out.addRawArchiveEntry(rels, zip.getRawInputStream(rels));
            }
            return;
        }
        String n = String.valueOf(noteParts.size() + 1);
        String comments = "xl/ngvh-notes-" + n + ".xml";
        String vml = "xl/drawings/ngvh-notes-" + n + ".vml";
        noteParts.add(comments);
        put(comments, notes.comments());
        put(vml, notes.vml());
        put(relsOf(sheet.path()), sheetRels(rels, comments, vml));
    }

    private byte[] sheetRels(ZipArchiveEntry existing, String comments, String vml) throws IOException {
        Document doc;
        if (existing == null) {
            doc = OoxmlXml.parse(new ByteArrayInputStream(("<Relationships xmlns=\"" + OoxmlXml.PKG_REL
                    + "\"/>").getBytes(StandardCharsets.UTF_8)));
        } else {
            try (InputStream in = zip.getInputStream(existing)) {
                doc = OoxmlXml.parse(in);
            }
            for (Element r : OoxmlXml.children(doc.getDocumentElement(), "Relationship")) {
                if (r.getAttribute("Type").endsWith("/comments") || r.getAttribute("Type").endsWith("/vmlDrawing")) {
                    throw new IOException("sheet already has notes");
                }
            }
        }
        Element root = doc.getDocumentElement();
        root.appendChild(WorkbookEdit.relationship(doc, SheetFrame.NOTES_ID, "comments", "/" + comments));
        root.appendChild(WorkbookEdit.relationship(doc, SheetFrame.VML_ID, "vmlDrawing", "/" + vml));
        return OoxmlXml.bytes(doc);
    }

    private void put(String name, byte[] bytes) throws IOException {
        out.putArchiveEntry(new ZipArchiveEntry(name));
        out.write(bytes);
        out.closeArchiveEntry();
    }

    private static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }
}
