package vn.daklak.ngoaivu.feedback;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.read.CellKind;
import vn.daklak.ngoaivu.read.CellValue;
import vn.daklak.ngoaivu.read.SheetRow;
import vn.daklak.ngoaivu.read.SpreadsheetFile;
import vn.daklak.ngoaivu.support.SpreadsheetText;

/** Copies one sheet of the agency's workbook, value by value, highlighting and commenting the problem cells. */
final class SheetCopier {

    private static final int MAX_WIDTH_CHARS = 60;

    private final FeedbackStyles styles;
    private final CommentWriter comments;
    private final ProblemIndex index;

    SheetCopier(FeedbackStyles styles, CommentWriter comments, ProblemIndex index) {
        this.styles = styles;
        this.comments = comments;
        this.index = index;
    }

    void copy(SpreadsheetFile source, String sheetName, Sheet target) throws IOException {
        NavigableMap<Integer, ProblemIndex.RowProblems> pending = new TreeMap<>(index.rows(sheetName));
        Drawing<?> drawing = target.createDrawingPatriarch();
        NavigableMap<Integer, Integer> widths = new TreeMap<>();
        int lastRow = 0;
        try (Stream<SheetRow> rows = source.rows(sheetName)) {
            Iterator<SheetRow> it = rows.iterator();
            while (it.hasNext()) {
                SheetRow row = it.next();
                if (row.rowNumber() <= lastRow) {
                    continue;
                }
                writePendingBefore(row.rowNumber(), pending, target, drawing, widths);
                writeRow(row, pending.remove(row.rowNumber()), target, drawing, widths);
                lastRow = row.rowNumber();
            }
        }
        writePendingBefore(Integer.MAX_VALUE, pending, target, drawing, widths);
        widths.forEach((col, chars) -> target.setColumnWidth(col, widthOf(chars)));
        PageSetup.landscape(target);
    }

    /** Problems may point at rows the reader left out (blank rows): they still get a marked row. */
    private void writePendingBefore(int rowNumber, NavigableMap<Integer, ProblemIndex.RowProblems> pending,
                                    Sheet target, Drawing<?> drawing, NavigableMap<Integer, Integer> widths) {
        while (!pending.isEmpty() && pending.firstKey() < rowNumber) {
            Map.Entry<Integer, ProblemIndex.RowProblems> first = pending.pollFirstEntry();
            writeRow(new SheetRow(first.getKey(), List.of()), first.getValue(), target, drawing, widths);
        }
    }

    private void writeRow(SheetRow source, ProblemIndex.RowProblems problems, Sheet target, Drawing<?> drawing,
                          NavigableMap<Integer, Integer> widths) {
        Row row = target.createRow(source.rowNumber() - 1);
        TreeSet<Integer> columns = columnsToWrite(source, problems, widths);
        for (int column : columns) {
            CellValue value = source.cell(column);
            Cell cell = row.createCell(column);
            CellKind kind = setValue(cell, value);
            Mark mark = problems == null ? Mark.NONE : problems.cellMark(column);
            CellStyle style = styles.copy(kind, mark);
            if (style != null) {
                cell.setCellStyle(style);
            }
            List<Problem> here = problems == null ? List.of() : problems.commentedAt(column, columns.first());
            if (!here.isEmpty()) {
                comments.comment(drawing, cell, here);
            }
            if (value != null) {
                widths.merge(column, Math.min(value.text().length(), MAX_WIDTH_CHARS), Math::max);
            }
        }
    }

    /** The row's own cells, the problem cells, and for a row-wide problem every column up to the widest seen. */
    private static TreeSet<Integer> columnsToWrite(SheetRow source, ProblemIndex.RowProblems problems,
                                                   NavigableMap<Integer, Integer> widths) {
        TreeSet<Integer> columns = new TreeSet<>();
        source.cells().forEach(c -> columns.add(c.column()));
        if (problems == null) {
            return columns;
        }
        columns.addAll(problems.byColumn().keySet());
        if (problems.rowMark() != Mark.NONE) {
            int last = Math.max(columns.isEmpty() ? 0 : columns.last(), widths.isEmpty() ? 0 : widths.lastKey());
            for (int c = 0; c <= last; c++) {
                columns.add(c);
            }
        }
        return columns;
    }

    private static int widthOf(int chars) {
        return Math.min(Math.max(chars + 2, 8), MAX_WIDTH_CHARS) * 256;
    }

    /** Writes the value as read and returns the kind that decides its number format. */
    private static CellKind setValue(Cell cell, CellValue value) {
        if (value == null) {
            return CellKind.EMPTY;
        }
        if (value.kind() == CellKind.DATE && value.date() != null) {
            cell.setCellValue(value.date());
            return CellKind.DATE;
        }
        boolean numeric = value.kind() == CellKind.NUMBER || value.kind() == CellKind.PERCENT
                || value.kind() == CellKind.DATE;
        if (numeric && value.number() != null) {
            cell.setCellValue(value.number());
            return value.kind() == CellKind.PERCENT ? CellKind.PERCENT : CellKind.NUMBER;
        }
        cell.setCellValue(SpreadsheetText.escapeOrEmpty(value.text()));
        return CellKind.TEXT;
    }
}
