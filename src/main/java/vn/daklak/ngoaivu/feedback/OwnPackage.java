package vn.daklak.ngoaivu.feedback;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The feedback workbook that holds only our two sheets (an accepted file with nothing to mark, or no original to copy),
 * written as a package of seven small parts: no POI workbook, no temporary files. Most files of a night are such
 * files, and the POI workbook each used to get was a third of their ingest (issue 10).
 */
final class OwnPackage {

    private static final String SUMMARY = "xl/worksheets/sheet1.xml";
    private static final String PROBLEMS = "xl/worksheets/sheet2.xml";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private static final String REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private OwnPackage() {
    }

    static void write(FeedbackRequest request, List<FeedbackRow> rows, List<String> notes) throws IOException {
        OwnSheets own = OwnSheets.write(request, rows, notes);
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(
                Files.newOutputStream(request.xlsxOut())))) {
            zip.setLevel(Deflater.BEST_SPEED);
            put(zip, "[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                    + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + override("/xl/workbook.xml", "sheet.main+xml") + override("/xl/styles.xml", "styles+xml")
                    + override("/" + SUMMARY, "worksheet+xml") + override("/" + PROBLEMS, "worksheet+xml")
                    + "</Types>");
            put(zip, "_rels/.rels", XML + "<Relationships xmlns=\"" + OoxmlXml.PKG_REL + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL_TYPE + "officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", XML + "<workbook xmlns=\"" + OoxmlXml.MAIN + "\" xmlns:r=\"" + OoxmlXml.REL
                    + "\"><workbookPr date1904=\"false\"/><bookViews><workbookView activeTab=\"0\"/></bookViews>"
                    + "<sheets>" + sheet(SummarySheet.NAME, 1) + sheet(ProblemListSheet.NAME, 2) + "</sheets>"
                    + own.namesXml(1) + "</workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", XML + "<Relationships xmlns=\"" + OoxmlXml.PKG_REL + "\">"
                    + relationship("rId1", "styles", "styles.xml") + relationship("rId2", "worksheet", "worksheets/sheet1.xml")
                    + relationship("rId3", "worksheet", "worksheets/sheet2.xml") + "</Relationships>");
            put(zip, "xl/styles.xml", OwnStyles.get().xml());
            put(zip, SUMMARY, own.summary(0));
            put(zip, PROBLEMS, own.problems(0));
        }
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + TYPE + type + "\"/>";
    }

    private static String sheet(String name, int id) {
        return "<sheet name=\"" + TextEscape.encode(name) + "\" sheetId=\"" + id + "\" r:id=\"rId" + (id + 1) + "\"/>";
    }

    private static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + REL_TYPE + type + "\" Target=\"" + target + "\"/>";
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        put(zip, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
