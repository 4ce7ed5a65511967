package vn.daklak.ngoaivu.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads the {@code <mergeCells>} of an .xlsx sheet, which fastexcel-reader does not expose. They follow the sheet
 * data in the XML, so this is one extra streaming pass over the sheet part (time grows with the sheet, memory does
 * not: only the merge ranges are kept, at most {@link #MAX_REGIONS}). Also finds the workbook's date system
 * ({@link OoxmlDateSystem}) in the workbook part it locates anyway.
 */
final class OoxmlMerges implements Closeable {

    static final int MAX_REGIONS = 50_000;
    private static final int REMEMBERED_SHEETS = 64;
    private static final Map<SheetKey, List<MergedRegions.Region>> REMEMBERED = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SheetKey, List<MergedRegions.Region>> eldest) {
            return size() > REMEMBERED_SHEETS;
        }
    };
    private static final AtomicLong OPENED = new AtomicLong();
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Path path;
    /**
     * One factory for the process: looking one up is a service search through the class path (nested jars), which
     * cost more per small file than reading its merges; a configured factory makes readers safely from any thread.
     */
    private static final XMLInputFactory XML = safeFactory();
    private Map<String, String> partBySheet;
    private ZipFile zip;

    OoxmlMerges(Path path) {
        this.path = path;
    }

    /**
     * The merges of a sheet. Each step of the ingest opens the file again; a sheet's merges are remembered per file
     * version, so the sheet is parsed for them once (and a malformed sheet, never remembered, still fails every time).
     */
    List<MergedRegions.Region> regions(String sheetName) throws IOException {
        FileVersion version = FileVersion.of(path);
        SheetKey key = version == null ? null : new SheetKey(version, sheetName);
        synchronized (REMEMBERED) {
            List<MergedRegions.Region> known = key == null ? null : REMEMBERED.get(key);
            if (known != null) {
                return known;
            }
        }
        List<MergedRegions.Region> regions = parse(sheetName);
        if (key != null) {
            synchronized (REMEMBERED) {
                REMEMBERED.put(key, regions);
            }
        }
        return regions;
    }

    private List<MergedRegions.Region> parse(String sheetName) throws IOException {
        try {
            ZipFile zip = zip();
            if (partBySheet == null) {
                partBySheet = sheetParts(zip);
            }
            String part = partBySheet.get(sheetName);
            ZipEntry entry = part == null ? null : zip.getEntry(part);
            return entry == null ? List.of() : List.copyOf(mergeRefs(zip, entry));
        } catch (XMLStreamException | IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }

    /**
     * The archive, opened once: opening it reads its whole central directory, so opening it per sheet made a workbook
     * of thousands of (empty) sheets cost the square of its sheet count.
     */
    private ZipFile zip() throws IOException {
        if (zip == null) {
            zip = new ZipFile(path.toFile());
            OPENED.incrementAndGet();
        }
        return zip;
    }

    /** How many times an archive was opened to read merges or the date system, for tests. */
    static long archivesOpened() {
        return OPENED.get();
    }

    /** True when the workbook counts serial days from 1904. */
    boolean date1904() throws IOException {
        ZipFile zip = zip();
        try (InputStream in = zip.getInputStream(required(zip, workbookPart(zip)))) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            try {
                return OoxmlDateSystem.date1904(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException | IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private List<MergedRegions.Region> mergeRefs(ZipFile zip, ZipEntry entry) throws IOException,
            XMLStreamException {
        List<MergedRegions.Region> regions = new ArrayList<>();
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            while (r.hasNext() && regions.size() < MAX_REGIONS) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(r.getLocalName())) {
                    CellRangeAddress a = CellRangeAddress.valueOf(r.getAttributeValue(null, "ref"));
                    regions.add(new MergedRegions.Region(a.getFirstRow() + 1, a.getLastRow() + 1,
                            a.getFirstColumn(), a.getLastColumn()));
                }
            }
            r.close();
        }
        return regions;
    }

    /** Sheet name → zip entry of its XML, through xl/workbook.xml and its relationships. */
    private Map<String, String> sheetParts(ZipFile zip) throws IOException, XMLStreamException {
        String workbook = workbookPart(zip);
        String dir = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
        Map<String, String> targets = target(zip, dir + "_rels/" + workbook.substring(dir.length()) + ".rels", dir,
                type -> true);
        Map<String, String> parts = new HashMap<>();
        try (InputStream in = zip.getInputStream(required(zip, workbook))) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(r.getLocalName())) {
                    String part = targets.get(r.getAttributeValue(REL_NS, "id"));
                    if (part != null) {
                        parts.put(r.getAttributeValue(null, "name"), part);
                    }
                }
            }
            r.close();
        }
        return parts;
    }

    private String workbookPart(ZipFile zip) throws IOException, XMLStreamException {
        return target(zip, "_rels/.rels", "", officeDocumentFilter()).values().stream().findFirst()
                .orElse("xl/workbook.xml");
    }

    private Map<String, String> target(ZipFile zip, String rels, String dir,
                                       java.util.function.Predicate<String> type) throws IOException,
            XMLStreamException {
        Map<String, String> targets = new HashMap<>();
        ZipEntry entry = zip.getEntry(rels);
        if (entry == null) {
            return targets;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())
                        && type.test(r.getAttributeValue(null, "Type"))) {
                    String t = r.getAttributeValue(null, "Target");
                    targets.put(r.getAttributeValue(null, "Id"), t.startsWith("/") ? t.substring(1) : dir + t);
                }
            }
            r.close();
        }
        return targets;
    }

    private static java.util.function.Predicate<String> officeDocumentFilter() {
        return type -> type != null && type.endsWith("/officeDocument");
    }

    private static ZipEntry required(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("missing " + name);
        }
        return entry;
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    private record SheetKey(FileVersion file, String sheet) {
    }
}
