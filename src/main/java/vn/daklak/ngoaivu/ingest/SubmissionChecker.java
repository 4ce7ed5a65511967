package vn.daklak.ngoaivu.ingest;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.read.SpreadsheetFile;
import vn.daklak.ngoaivu.reference.ReferenceData;

/**
 * The ingest job's reading, checking and row handling without the database: the same {@link SubmissionInspector}
 * as the inspect step, then for each table sheet the same {@link SheetRowReader} and {@link SheetRowProcessor}
 * ({@link RowTable}'s mappers and total checks) as the load steps, collecting rows and problems where the job copies
 * them into the database. So {@code validate} reports exactly the problems, codes and messages the nightly run
 * stores. Used by {@code validate} and by tests.
 */
final class SubmissionChecker {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionChecker.class);
    private static final Inspection NOTHING_READ = new Inspection(
            new SubmissionHeader(null, null, null, null, null, null, null), Map.of(), Map.of(), List.of());

    private final ReferenceData reference;
    private final SubmissionInspector inspector;

    SubmissionChecker(ReferenceData reference) {
        this.reference = reference;
        this.inspector = new SubmissionInspector(reference);
    }

    /** Never throws: whatever goes wrong becomes a file-level error of the result. */
    CheckResult check(Path file) {
        try (SubmissionInspector.Opened opened = inspector.open(file)) {
            return check(file, opened);
        }
    }

    private CheckResult check(Path file, SubmissionInspector.Opened opened) {
        Inspection inspection = opened.inspection();
        List<Problem> problems = new ArrayList<>(inspection.problems());
        if (!inspection.rowsReadable()) {
            return new CheckResult(inspection, List.of(), List.of(), List.of(), problems);
        }
        try {
            List<TaskRow> tasks = load(opened.workbook(), RowTable.TASKS, inspection, problems);
            List<EventRow> events = load(opened.workbook(), RowTable.EVENTS, inspection, problems);
            List<SpendingRow> spending = load(opened.workbook(), RowTable.SPENDING, inspection, problems);
            int errors = (int) problems.stream().filter(Problem::isError).count();
            if (EmptySubmission.isEmpty(errors, tasks.size() + events.size() + spending.size())) {
                problems.add(EmptySubmission.PROBLEM);
            }
            return new CheckResult(inspection, tasks, events, spending, problems);
        } catch (RuntimeException | StackOverflowError e) {
            // the nightly run fails such a file's job and tries it again; validate can only say it
            LOG.warn("Checking {} failed", file, e);
            return new CheckResult(NOTHING_READ, List.of(), List.of(), List.of(),
                    List.of(Problem.fileError("UNEXPECTED_FAILURE", failureMessage(e))));
        }
    }

    /** The reader's own Vietnamese sentence (which sheet, which row) when there is one. */
    private static String failureMessage(Throwable e) {
        if (e instanceof UncheckedIOException unreadable && unreadable.getCause() != null) {
            return unreadable.getCause().getMessage();
        }
        return "Không đọc được tệp do lỗi ngoài dự kiến. Hãy lưu lại tệp bằng Excel dưới dạng .xlsx theo mẫu rồi "
                + "gửi lại.";
    }

    /** One load step without its writer: the rows and problems it would write, in the order it would. */
    private <T> List<T> load(SpreadsheetFile workbook, RowTable<T> table, Inspection inspection,
                             List<Problem> problems) {
        SheetRowProcessor<T> processor = new SheetRowProcessor<>(table, inspection.header().year(),
                inspection.header().period(), inspection.header().agencyCode(), reference);
        List<T> rows = new ArrayList<>();
        try (SheetRowReader reader = new SheetRowReader(workbook, inspection, table.sheet(), true)) {
            for (PositionedRow item = reader.read(); item != null; item = reader.read()) {
                LoadedRow<T> loaded = processor.process(item);
                if (loaded != null) {
                    if (loaded.row() != null) {
                        rows.add(loaded.row());
                    }
                    problems.addAll(loaded.problems());
                }
            }
        }
        return rows;
    }
}
