package vn.daklak.ngoaivu.feedback;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Our two sheets ({@code Kết quả} and {@code Lỗi}) as parts to graft onto a package: their sheet XML (texts inline, so
 * no shared string table to merge), their styles ({@link OwnStyles}) and their defined names (the problem list's
 * filter and its header row repeated when printed). Written straight as XML ({@link XmlOwnSheet}): no POI workbook,
 * no scratch file.
 */
final class OwnSheets {

    private final XmlOwnSheet summary;
    private final XmlOwnSheet problems;

    private OwnSheets(XmlOwnSheet summary, XmlOwnSheet problems) {
        this.summary = summary;
        this.problems = problems;
    }

    static OwnSheets write(FeedbackRequest request, List<FeedbackRow> rows, List<String> notes) {
        XmlOwnSheet summary = new XmlOwnSheet(true);
        new SummarySheet(summary).write(request, notes);
        XmlOwnSheet problems = new XmlOwnSheet(false);
        ProblemListSheet.write(problems, rows);
        return new OwnSheets(summary, problems);
    }

    Document styles() throws IOException {
        return OwnStyles.get().document();
    }

    /** Our defined names, the problem list being sheet {@code problemsIndex} (0-based) of the workbook. */
    List<Element> names(int problemsIndex) throws IOException {
        return OoxmlXml.children(namesDocument(problemsIndex).getDocumentElement(), "definedName");
    }

    /** The same names as the XML of a {@code definedNames} element, or "" when there are none. */
    String namesXml(int problemsIndex) {
        String names = problems.definedNames(ProblemListSheet.NAME, problemsIndex);
        return names.isEmpty() ? "" : "<definedNames>" + names + "</definedNames>";
    }

    byte[] summary(int styleOffset) {
        return summary.xml(styleOffset);
    }

    byte[] problems(int styleOffset) {
        return problems.xml(styleOffset);
    }

    private Document namesDocument(int problemsIndex) throws IOException {
        String xml = "<definedNames xmlns=\"" + OoxmlXml.MAIN + "\">"
                + problems.definedNames(ProblemListSheet.NAME, problemsIndex) + "</definedNames>";
        return OoxmlXml.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
