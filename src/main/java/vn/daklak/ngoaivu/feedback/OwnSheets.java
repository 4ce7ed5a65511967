package vn.daklak.ngoaivu.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Our two sheets ({@code Kết quả} and {@code Lỗi}) written by the same code as ever, in a small workbook of their
 * own, then taken apart to be grafted onto the agency's package: their sheet parts (texts inline, so no shared string
 * table to merge), their styles and their defined names (the problem list's header row repeated when printed).
 */
final class OwnSheets {

    private static final Pattern STYLE = Pattern.compile("(<(?:c|row)\\s[^>]*?\\bs=\")(\\d+)\"");

    private final String summary;
    private final String problems;
    private final Document styles;
    private final List<Element> names;

    private OwnSheets(String summary, String problems, Document styles, List<Element> names) {
        this.summary = summary;
        this.problems = problems;
        this.styles = styles;
        this.names = names;
    }

    static OwnSheets write(FeedbackRequest request, List<FeedbackRow> rows, List<String> notes, Path scratch)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            FeedbackStyles styles = new FeedbackStyles(workbook);
            new SummarySheet(workbook.createSheet(SummarySheet.NAME), styles).write(request, notes);
            ProblemListSheet.write(workbook.createSheet(ProblemListSheet.NAME), rows, styles);
            try (OutputStream out = Files.newOutputStream(scratch)) {
                workbook.write(out);
            }
        } finally {
            workbook.dispose();
            workbook.close();
        }
        try (ZipFile zip = ZipFile.builder().setPath(scratch).get()) {
            Document wb = WorkbookEdit.parse(zip, WorkbookEdit.WORKBOOK);
            Element defined = OoxmlXml.child(wb.getDocumentElement(), "definedNames");
            return new OwnSheets(text(zip, "xl/worksheets/sheet1.xml"), text(zip, "xl/worksheets/sheet2.xml"),
                    WorkbookEdit.parse(zip, "xl/styles.xml"),
                    defined == null ? List.of() : OoxmlXml.children(defined, "definedName"));
        }
    }

    Document styles() {
        return styles;
    }

    /** Our defined names, the problem list's ({@code localSheetId} 1 here) moved to its place after the agency's. */
    List<Element> names(int problemsIndex) {
        for (Element name : names) {
            if ("1".equals(name.getAttribute("localSheetId"))) {
                name.setAttribute("localSheetId", String.valueOf(problemsIndex));
            }
        }
        return names;
    }

    byte[] summary(int styleOffset) {
        return shifted(summary, styleOffset);
    }

    byte[] problems(int styleOffset) {
        return shifted(problems, styleOffset);
    }

    /** Our cells' format numbers moved past the agency's formats and the marks. */
    private static byte[] shifted(String sheet, int offset) {
        Matcher m = STYLE.matcher(sheet);
        StringBuilder out = new StringBuilder(sheet.length() + 1024);
        while (m.find()) {
            m.appendReplacement(out, m.group(1) + (Integer.parseInt(m.group(2)) + offset) + "\"");
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
