package vn.daklak.ngoaivu.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.format.Severity;

/** The byte-level sheet rewrite: what it leaves alone is left byte for byte, what it changes is changed in place. */
class SheetRewriterTest {

    private static final String ROW1 = "<row r=\"1\" spans=\"1:2\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"3\"><v>5</v>"
            + "</c></row>";
    private static final String ROW3 = "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>Giao lưu &amp; hội chợ</t></is></c></row>";

    @Test
    void rowsWithoutAProblemAreCopiedByteForByteAndTheProblemRowIsMarkedInPlace() throws IOException {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + OoxmlXml.MAIN + "\">"
                + "<dimension ref=\"A1:B3\"/><sheetData>" + ROW1
                + "<row r=\"2\"><c r=\"A2\" s=\"1\"><f>SUM(B1:B1)</f><v>5</v></c><c r=\"B2\"><v>7</v></c></row>" + ROW3
                + "</sheetData><pageMargins left=\"1\" right=\"1\" top=\"1\" bottom=\"1\" header=\"0\" footer=\"0\"/>"
                + "</worksheet>";
        SheetNotes notes = new SheetNotes(new SheetNotes.Budget(10));
        MarkStyles marks = new MarkStyles(4);
        ProblemIndex index = new ProblemIndex(List.of(
                Problems.cell(Severity.ERROR, "S", 2, 1, "B", "7", "Sai số.")));

        String out = rewrite(sheet, new SheetRewriter(new RowEdit(marks, notes), index.rows("S")));

        assertThat(out).contains(ROW1, ROW3);
        assertThat(out).contains("<row r=\"2\"><c r=\"A2\" s=\"1\"><v>5</v></c><c r=\"B2\" s=\"4\"><v>7</v></c></row>");
        assertThat(marks.added()).containsExactly(new MarkStyles.Added(0, Mark.ERROR));
        assertThat(out).contains("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>",
                "<pageSetup paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\" orientation=\"landscape\"/>",
                "r:id=\"" + SheetFrame.VML_ID + "\"/></worksheet>");
        assertThat(out).doesNotContain("left=\"1\"");
        assertThat(new String(notes.comments(), StandardCharsets.UTF_8)).contains("<comment ref=\"B2\"", "Lỗi: Sai số.");
    }

    @Test
    void aProblemBelowTheLastRowGetsARowOfItsOwnBeforeTheEndOfTheData() throws IOException {
        String sheet = "<worksheet xmlns=\"" + OoxmlXml.MAIN + "\"><sheetData/></worksheet>";
        ProblemIndex index = new ProblemIndex(List.of(Problems.row(Severity.WARNING, "S", 4, "Dòng trống.")));

        String out = rewrite(sheet, new SheetRewriter(new RowEdit(new MarkStyles(1),
                new SheetNotes(new SheetNotes.Budget(10))), index.rows("S")));

        assertThat(out).contains("<sheetData><row r=\"4\"><c s=\"1\" r=\"A4\"/></row></sheetData>");
    }

    private static String rewrite(String sheet, SheetRewriter rewriter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rewriter.rewrite(new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
