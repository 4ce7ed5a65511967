package vn.daklak.ngoaivu.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.daklak.ngoaivu.read.SpreadsheetFile;
import vn.daklak.ngoaivu.read.UnreadableWorkbookException;

/**
 * Writes the feedback of one submission (SUBMISSION-FORMAT 5): {@code .ket-qua.xlsx} with the sheets {@code Kết quả},
 * a highlighted copy of each of the agency's sheets, and {@code Lỗi}; and the {@code .csv} with the rows of
 * {@code Lỗi}. An .xlsx is copied at the package level ({@link PackageCopy}: only the rows with a problem are touched);
 * any other original, or a package that copy declines, is copied value by value through SXSSF (streamed, so a
 * 100,000-row workbook does not need 100,000 rows in memory). When the
 * original cannot be read, or an accepted file has no problem to mark, only {@code Kết quả} and {@code Lỗi} are
 * written (so the feedback of a clean file prints on two pages); when there is nothing to copy at all (an accepted clean
 * file, no original) they make a small package of their own ({@link OwnPackage}), the feedback of most files of a
 * night.
 */
public final class FeedbackWriter {

    private static final Logger log = LoggerFactory.getLogger(FeedbackWriter.class);
    private static final int ROW_WINDOW = 100;
    private static final String NO_ORIGINAL = "Không có tệp gốc để sao chép; xem danh sách vấn đề ở sheet \"Lỗi\".";

    private final SourceOpener opener;
    private final int commentLimit;
    private final boolean packageCopy;

    public FeedbackWriter() {
        this(SpreadsheetFile::open, CommentWriter.MAX_COMMENTS);
    }

    FeedbackWriter(SourceOpener opener, int commentLimit) {
        this(opener, commentLimit, true);
    }

    /** {@code packageCopy} false keeps to the value-by-value copy (to compare the two, and to test the fallback). */
    FeedbackWriter(SourceOpener opener, int commentLimit, boolean packageCopy) {
        this.opener = opener;
        this.commentLimit = commentLimit;
        this.packageCopy = packageCopy;
    }

    public FeedbackFiles write(FeedbackRequest request) throws IOException {
        List<FeedbackRow> rows = FeedbackRow.of(request.problems(), request.accepted());
        createParent(request.xlsxOut());
        createParent(request.csvOut());
        writeWorkbook(request, rows);
        FeedbackCsvWriter.write(rows, request.csvOut());
        return new FeedbackFiles(request.xlsxOut(), request.csvOut());
    }

    private void writeWorkbook(FeedbackRequest request, List<FeedbackRow> rows) throws IOException {
        if (packageCopy && !wantsCopy(request)) {
            OwnPackage.write(request, rows, request.original() == null && !cleanAccepted(request)
                    ? List.of(NO_ORIGINAL) : List.of());
            return;
        }
        if (packageCopy && PackageCopy.write(request, rows, commentLimit)) {
            return;
        }
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try {
            FeedbackStyles styles = new FeedbackStyles(workbook);
            Sheet summary = workbook.createSheet(SummarySheet.NAME);
            List<String> notes = new ArrayList<>();
            CommentWriter comments = new CommentWriter(workbook.getCreationHelper(), commentLimit);
            copyOriginal(request, workbook, new SheetCopier(styles, comments, new ProblemIndex(request.problems())),
                    notes);
            if (comments.skipped() > 0) {
                notes.add(skippedNote(commentLimit, comments.skipped()));
            }
            new SummarySheet(new PoiOwnSheet(summary, styles)).write(request, notes);
            ProblemListSheet.write(new PoiOwnSheet(workbook.createSheet(ProblemListSheet.NAME), styles), rows);
            try (OutputStream out = Files.newOutputStream(request.xlsxOut())) {
                workbook.write(out);
            }
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    static String skippedNote(int limit, int skipped) {
        return "Chỉ " + limit + " ô đầu tiên có ghi chú kèm nội dung lỗi; " + skipped
                + " ô còn lại vẫn được tô màu, nội dung xem ở sheet \"Lỗi\".";
    }

    /** Nothing to mark on an accepted clean file: a copy of the agency's own sheets would only add pages to print. */
    private static boolean wantsCopy(FeedbackRequest request) {
        return !cleanAccepted(request) && request.original() != null;
    }

    private static boolean cleanAccepted(FeedbackRequest request) {
        return request.accepted() && request.problems().isEmpty();
    }

    private void copyOriginal(FeedbackRequest request, SXSSFWorkbook workbook, SheetCopier copier, List<String> notes)
            throws IOException {
        if (cleanAccepted(request)) {
            // Nothing to mark: a copy of the agency's own sheets would only add pages to print.
            return;
        }
        if (request.original() == null) {
            notes.add(NO_ORIGINAL);
            return;
        }
        try (SpreadsheetFile file = opener.open(request.original())) {
            SheetNames names = new SheetNames(SummarySheet.NAME, ProblemListSheet.NAME);
            for (String name : file.sheetNames()) {
                copySheet(file, name, workbook.createSheet(names.unique(name)), copier, notes);
            }
        } catch (UnreadableWorkbookException e) {
            notes.add("Không đọc được tệp gốc (" + e.getMessage() + "), nên phản hồi này không kèm bản sao các sheet"
                    + " của đơn vị.");
        } catch (RuntimeException e) {
            log.warn("Could not open {} to copy it into the feedback", request.original(), e);
            notes.add("Không đọc được tệp gốc, nên phản hồi này không kèm bản sao các sheet của đơn vị.");
        }
    }

    /** A sheet that fails half-way is kept as far as it went: the feedback itself must still reach the agency. */
    private static void copySheet(SpreadsheetFile file, String name, Sheet target, SheetCopier copier,
                                  List<String> notes) {
        try {
            copier.copy(file, name, target);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not copy sheet '{}' into the feedback", name, e);
            notes.add("Không sao chép được đầy đủ sheet \"" + name + "\" của tệp gốc; bản sao có thể thiếu dòng.");
        }
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
