package vn.daklak.ngoaivu.feedback;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import vn.daklak.ngoaivu.format.Problem;

/**
 * Puts the problem messages on the cells as comments. Comments stay in memory until the workbook is written (unlike
 * SXSSF rows), so only the first {@link #MAX_COMMENTS} cells get one; the rest are still highlighted and listed.
 */
final class CommentWriter {

    static final int MAX_COMMENTS = 1000;
    static final String AUTHOR = "Sở Ngoại vụ";

    private final CreationHelper helper;
    private final int limit;
    private int written;
    private int skipped;

    CommentWriter(CreationHelper helper, int limit) {
        this.helper = helper;
        this.limit = limit;
    }

    void comment(Drawing<?> drawing, Cell cell, List<Problem> problems) {
        if (written >= limit) {
            skipped++;
            return;
        }
        int row = cell.getRowIndex();
        int col = cell.getColumnIndex();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(col + 1);
        anchor.setCol2(col + 5);
        anchor.setRow1(row);
        anchor.setRow2(row + 5);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text(problems)));
        comment.setAuthor(AUTHOR);
        // SXSSF keeps the comment where its anchor starts unless told the cell explicitly.
        comment.setAddress(row, col);
        cell.setCellComment(comment);
        written++;
    }

    int skipped() {
        return skipped;
    }

    static String text(List<Problem> problems) {
        return problems.stream().map(p -> p.severity().label() + ": " + p.message())
                .collect(Collectors.joining("\n"));
    }
}
