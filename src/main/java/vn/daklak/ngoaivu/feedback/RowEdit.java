package vn.daklak.ngoaivu.feedback;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import vn.daklak.ngoaivu.format.Problem;

/**
 * One row of a copied worksheet rewritten as text: problem cells get the mark's fill (their own style otherwise kept)
 * and a note; missing problem cells are added; formulas are dropped for their last value (the copy is for reading,
 * and a formula from outside must not run on the clerk's machine); risky texts get the formula escape.
 */
final class RowEdit {

    private static final Pattern CELL = Pattern.compile("<c(\\s[^>]*?)?(/>|>(.*?)</c>)", Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("([\\w:]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    private static final Pattern FORMULA = Pattern.compile("<f\\b[^>]*?(/>|>.*?</f>)", Pattern.DOTALL);
    private static final Pattern VALUE = Pattern.compile("<v>(.*?)</v>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("(<t(?:\\s[^>]*)?>)(.*?)(</t>)", Pattern.DOTALL);

    private final MarkStyles marks;
    private final SheetNotes notes;
    private int lastColumn = -1;

    RowEdit(MarkStyles marks, SheetNotes notes) {
        this.marks = marks;
        this.notes = notes;
    }

    void lastColumn(int column) {
        lastColumn = column;
    }

    boolean hasNotes() {
        return !notes.isEmpty();
    }

    String rewrite(String row, int number, ProblemIndex.RowProblems problems) {
        int tagEnd = row.indexOf('>');
        boolean empty = row.charAt(tagEnd - 1) == '/';
        Map<String, String> rowAttrs = attributes(row.substring(4, empty ? tagEnd - 1 : tagEnd));
        rowAttrs.remove("spans");
        rowAttrs.put("r", String.valueOf(number));
        String content = empty ? "" : row.substring(tagEnd + 1, row.lastIndexOf("</row>"));
        TreeMap<Integer, Cell> cells = cells(content);
        addProblemCells(cells, problems, styleOf(rowAttrs));
        StringBuilder out = new StringBuilder(row.length() + 64).append("<row");
        rowAttrs.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
        out.append('>');
        int first = cells.isEmpty() ? 0 : cells.firstKey();
        for (Cell cell : cells.values()) {
            Mark mark = problems == null ? Mark.NONE : problems.cellMark(cell.column);
            if (mark != Mark.NONE) {
                cell.attrs.put("s", String.valueOf(marks.index(styleOf(cell.attrs), mark)));
            }
            cell.attrs.put("r", CellReference.convertNumToColString(cell.column) + number);
            out.append(cell.xml());
            if (problems != null) {
                List<Problem> here = problems.commentedAt(cell.column, first);
                if (!here.isEmpty()) {
                    notes.add(number - 1, cell.column, CommentWriter.text(here));
                }
            }
        }
        return out.append("</row>").toString();
    }

    private TreeMap<Integer, Cell> cells(String content) {
        TreeMap<Integer, Cell> cells = new TreeMap<>();
        Matcher m = CELL.matcher(content);
        int column = -1;
        while (m.find()) {
            Map<String, String> attrs = attributes(m.group(1) == null ? "" : m.group(1));
            String ref = attrs.get("r");
            column = ref == null ? column + 1 : new CellReference(ref).getCol();
            cells.put(column, new Cell(column, attrs, m.group(3) == null ? "" : m.group(3)).cleaned());
        }
        return cells;
    }

    private void addProblemCells(TreeMap<Integer, Cell> cells, ProblemIndex.RowProblems problems, int rowStyle) {
        if (problems == null) {
            return;
        }
        for (int column : problems.byColumn().keySet()) {
            cells.computeIfAbsent(column, c -> Cell.blank(c, rowStyle));
        }
        if (problems.rowMark() != Mark.NONE) {
            int last = Math.max(cells.isEmpty() ? 0 : cells.lastKey(), lastColumn);
            for (int c = 0; c <= last; c++) {
                cells.computeIfAbsent(c, col -> Cell.blank(col, rowStyle));
            }
        }
    }

    private static int styleOf(Map<String, String> attrs) {
        try {
            return attrs.containsKey("s") ? Integer.parseInt(attrs.get("s")) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attrs = new LinkedHashMap<>();
        Matcher m = ATTR.matcher(tag);
        while (m.find()) {
            String v = m.group(2);
            attrs.put(m.group(1), v.substring(1, v.length() - 1).replace("\"", "&quot;"));
        }
        return attrs;
    }

    /** One cell of the row: its attributes (r and s rewritten) and its content. */
    private static final class Cell {

        final int column;
        final Map<String, String> attrs;
        String inner;

        Cell(int column, Map<String, String> attrs, String inner) {
            this.column = column;
            this.attrs = attrs;
            this.inner = inner;
        }

        static Cell blank(int column, int style) {
            Map<String, String> attrs = new LinkedHashMap<>();
            if (style != 0) {
                attrs.put("s", String.valueOf(style));
            }
            return new Cell(column, attrs, "");
        }

        /** Formula dropped for its last value, a formula's text result made an inline text, risky text escaped. */
        Cell cleaned() {
            if (FORMULA.matcher(inner).find()) {
                inner = FORMULA.matcher(inner).replaceAll("");
                if ("str".equals(attrs.get("t"))) {
                    Matcher v = VALUE.matcher(inner);
                    String text = v.find() ? v.group(1) : "";
                    attrs.put("t", "inlineStr");
                    inner = "<is><t xml:space=\"preserve\">" + text + "</t></is>";
                }
            }
            if ("inlineStr".equals(attrs.get("t"))) {
                Matcher t = TEXT.matcher(inner);
                if (t.find()) {
                    String safe = TextEscape.escapeXmlText(t.group(2));
                    inner = inner.substring(0, t.start(2)) + safe + inner.substring(t.end(2));
                }
            }
            return this;
        }

        String xml() {
            StringBuilder out = new StringBuilder("<c");
            attrs.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
            return inner.isEmpty() ? out.append("/>").toString() : out.append('>').append(inner).append("</c>")
                    .toString();
        }
    }
}
