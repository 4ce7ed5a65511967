package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.daklak.ngoaivu.format.Field;
import vn.daklak.ngoaivu.format.HeaderMatch;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.RowClassifier;
import vn.daklak.ngoaivu.format.SheetKind;
import vn.daklak.ngoaivu.normalize.PartnerMatcher;
import vn.daklak.ngoaivu.read.SheetRow;
import vn.daklak.ngoaivu.read.SpreadsheetFile;
import vn.daklak.ngoaivu.read.UnreadableWorkbookException;
import vn.daklak.ngoaivu.reference.ReferenceData;

/**
 * Everything the ingest job checks, in memory and without the database: open (unreadable file → one file error),
 * inspect, then every row of every sheet through the row mappers and the total checker. Used by {@code validate} and
 * by tests; the batch job uses the same pieces step by step.
 */
final class SubmissionChecker {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionChecker.class);
    private static final Inspection NOTHING_READ = new Inspection(
            new SubmissionHeader(null, null, null, null, null, null, null), Map.of(), Map.of(), List.of());

    private final ReferenceData reference;
    private final SubmissionInspector inspector;
    private final PartnerMatcher partners;

    SubmissionChecker(ReferenceData reference) {
        this.reference = reference;
        this.inspector = new SubmissionInspector(reference);
        this.partners = reference.partnerMatcher();
    }

    /** Never throws: whatever goes wrong becomes a file-level error of the result. */
    CheckResult check(Path file) {
        try (SpreadsheetFile workbook = SpreadsheetFile.open(file)) {
            return check(workbook);
        } catch (UnreadableWorkbookException e) {
            return failed(e.problem().name(), e.getMessage());
        } catch (Exception | StackOverflowError e) {
            LOG.warn("Checking {} failed", file, e);
            return failed("UNEXPECTED_FAILURE", "Không đọc được tệp do lỗi ngoài dự kiến (" + e.getClass()
                    .getSimpleName() + "). Hãy lưu lại tệp bằng Excel dưới dạng .xlsx theo mẫu rồi gửi lại.");
        }
    }

    private CheckResult check(SpreadsheetFile workbook) throws IOException {
        Inspection inspection = inspector.inspect(workbook);
        List<Problem> problems = new ArrayList<>(inspection.problems());
        SubmissionHeader header = inspection.header();
        if (header.year() == null || header.period() == null) {
            return new CheckResult(inspection, List.of(), List.of(), List.of(), problems);
        }
        SheetRows rows = new SheetRows(workbook, inspection, header, problems);
        List<TaskRow> tasks = rows.map(SheetKind.TASKS, new TaskRowMapper()::map, List.of(), row -> Map.of());
        List<EventRow> events = rows.map(SheetKind.EVENTS, new EventRowMapper()::map, TotalChecker.EVENT_FIELDS,
                TotalChecker::values);
        List<SpendingRow> spending = rows.map(SheetKind.SPENDING, new SpendingRowMapper()::map,
                TotalChecker.SPENDING_FIELDS, TotalChecker::values);
        return new CheckResult(inspection, tasks, events, spending, problems);
    }

    private static CheckResult failed(String code, String message) {
        return new CheckResult(NOTHING_READ, List.of(), List.of(), List.of(), List.of(Problem.fileError(code, message)));
    }

    /** Maps the rows under the header of each complete table sheet, adding their problems to the file's. */
    private final class SheetRows {

        private final SpreadsheetFile workbook;
        private final Inspection inspection;
        private final SubmissionHeader header;
        private final List<Problem> problems;

        SheetRows(SpreadsheetFile workbook, Inspection inspection, SubmissionHeader header, List<Problem> problems) {
            this.workbook = workbook;
            this.inspection = inspection;
            this.header = header;
            this.problems = problems;
        }

        <T> List<T> map(SheetKind kind, BiFunction<SheetRow, SheetContext, RowResult<T>> mapper,
                        List<Field> numericFields, Function<T, Map<Field, BigDecimal>> values) throws IOException {
            HeaderMatch match = inspection.headers().get(kind);
            if (match == null) {
                return List.of();
            }
            String sheetName = inspection.sheets().get(kind);
            SheetContext context = new SheetContext(sheetName, match, header.year(), header.period(),
                    reference.taskCodes(header.year()), partners);
            TotalChecker totals = new TotalChecker(numericFields);
            List<T> mapped = new ArrayList<>();
            try (Stream<SheetRow> rows = workbook.rows(sheetName)) {
                rows.filter(row -> row.rowNumber() > match.headerRow()).forEach(row -> {
                    switch (RowClassifier.classify(row, match)) {
                        case TOTAL -> problems.addAll(totals.checkTotal(row, context));
                        case DATA -> {
                            RowResult<T> result = mapper.apply(row, context);
                            problems.addAll(result.problems());
                            if (result.row() != null) {
                                mapped.add(result.row());
                                totals.add(values.apply(result.row()));
                            }
                        }
                        default -> { }
                    }
                });
            }
            return mapped;
        }
    }
}
