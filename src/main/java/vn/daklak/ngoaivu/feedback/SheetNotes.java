package vn.daklak.ngoaivu.feedback;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * The notes (comments) of one copied sheet, within the workbook's limit ({@link CommentWriter#MAX_COMMENTS} by
 * default, shared by every sheet), and the two parts that carry them: the comments and their VML shapes.
 */
final class SheetNotes {

    /** How many notes the workbook may still take, and how many were left out. */
    static final class Budget {
        private int left;
        private int skipped;

        Budget(int limit) {
            this.left = limit;
        }

        int skipped() {
            return skipped;
        }
    }

    private record Note(int row, int column, String text) {
    }

    private final Budget budget;
    private final List<Note> notes = new ArrayList<>();

    SheetNotes(Budget budget) {
        this.budget = budget;
    }

    void add(int row, int column, String text) {
        if (budget.left <= 0) {
            budget.skipped++;
            return;
        }
        budget.left--;
        notes.add(new Note(row, column, text));
    }

    boolean isEmpty() {
        return notes.isEmpty();
    }

    byte[] comments() {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<comments xmlns=\"").append(OoxmlXml.MAIN).append("\"><authors><author>")
                .append(TextEscape.encode(CommentWriter.AUTHOR)).append("</author></authors><commentList>");
        for (Note n : notes) {
            x.append("<comment ref=\"").append(CellReference.convertNumToColString(n.column)).append(n.row + 1)
                    .append("\" authorId=\"0\"><text><t xml:space=\"preserve\">").append(TextEscape.encode(n.text))
                    .append("</t></text></comment>");
        }
        return x.append("</commentList></comments>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The shapes Excel and LibreOffice draw the notes with (hidden until the cell is pointed at). */
    byte[] vml() {
        StringBuilder x = new StringBuilder("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\""
                + " xmlns:o=\"urn:schemas-microsoft-com:office:office\""
                + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
                + "<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"1\"/></o:shapelayout>"
                + "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,"
                + "l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/>"
                + "</v:shapetype>");
        int id = 1025;
        for (Note n : notes) {
            x.append("<v:shape id=\"_x0000_s").append(id++).append("\" type=\"#_x0000_t202\"")
                    .append(" style=\"position:absolute;visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
                    .append("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>")
                    .append("<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"><div")
                    .append(" style=\"text-align:left\"></div></v:textbox><x:ClientData ObjectType=\"Note\">")
                    .append("<x:MoveWithCells/><x:SizeWithCells/><x:Anchor>").append(n.column + 1).append(", 15, ")
                    .append(n.row).append(", 10, ").append(n.column + 5).append(", 15, ").append(n.row + 5)
                    .append(", 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>").append(n.row)
                    .append("</x:Row><x:Column>").append(n.column).append("</x:Column></x:ClientData></v:shape>");
        }
        return x.append("</xml>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
