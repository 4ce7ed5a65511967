package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.daklak.ngoaivu.format.HeaderMatch;
import vn.daklak.ngoaivu.format.InfoField;
import vn.daklak.ngoaivu.format.InfoSheetReader;
import vn.daklak.ngoaivu.format.InfoSheetReader.InfoValue;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.SheetFinder;
import vn.daklak.ngoaivu.format.SheetKind;
import vn.daklak.ngoaivu.format.SubmissionFormat;
import vn.daklak.ngoaivu.read.SheetRow;
import vn.daklak.ngoaivu.read.SpreadsheetFile;
import vn.daklak.ngoaivu.read.UnreadableWorkbookException;
import vn.daklak.ngoaivu.reference.ReferenceData;

/**
 * File-level checks of SUBMISSION-FORMAT 3.7: the info sheet and its required values (agency resolved by code/name with
 * closest suggestions, code/name conflict, agency valid in that year, year, period), the sheets present (Nhiệm vụ
 * required; Hoạt động / Kinh phí missing is a warning "no activities reported"), each present table sheet's header
 * (missing required header is an error; unknown extra columns a warning).
 * <p>
 * {@link Inspection#headers()} holds only complete headers, so every sheet it names can be mapped row by row.
 */
final class SubmissionInspector {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionInspector.class);
    private static final SubmissionHeader NO_HEADER = new SubmissionHeader(null, null, null, null, null, null, null);

    private final GeneralInfoValidator infoValidator;

    SubmissionInspector(ReferenceData reference) {
        this.infoValidator = new GeneralInfoValidator(reference);
    }

    /**
     * Opens and inspects a file, for the ingest job and {@code validate} alike. Never throws: a file that cannot be
     * read gives an inspection with no header and one file error saying why.
     */
    Inspection inspect(Path path) {
        try (Opened opened = open(path)) {
            return opened.inspection();
        }
    }

    /**
     * Opens and inspects a file, and keeps it open for its rows to be read ({@link Opened#workbook()}, null when the
     * file could not be read). Never throws for the file's content, as {@link #inspect(Path)}.
     */
    Opened open(Path path) {
        SpreadsheetFile file;
        try {
            file = SpreadsheetFile.open(path);
        } catch (UnreadableWorkbookException e) {
            return new Opened(null, unreadable(Problem.fileError(e.problem().name(), e.getMessage())));
        }
        try {
            return new Opened(file, inspect(file));
        } catch (UncheckedIOException e) {
            // the reader's own sentence names the sheet and the last row it could read
            LOG.warn("Không đọc được {}", path, e);
            return new Opened(closed(file), unreadable(Problem.fileError("CORRUPT", e.getCause().getMessage())));
        } catch (Exception | StackOverflowError e) {
            LOG.warn("Không đọc được {}", path, e);
            return new Opened(closed(file), unreadable(Problem.fileError("CORRUPT", "Tệp bị hỏng hoặc có cấu trúc bất"
                    + " thường nên không đọc được. Hãy mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi gửi lại.")));
        }
    }

    /** An inspected file, still open for its rows (null when unreadable); closing it closes the file. */
    record Opened(SpreadsheetFile workbook, Inspection inspection) implements AutoCloseable {
        @Override
        public void close() {
            closed(workbook);
        }
    }

    private static SpreadsheetFile closed(SpreadsheetFile file) {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                LOG.warn("Không đóng được tệp", e);
            }
        }
        return null;
    }

    /** Reads only the info sheet and the first rows of the table sheets; a read failure is unchecked. */
    Inspection inspect(SpreadsheetFile file) {
        try {
            return inspectSheets(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Inspection unreadable(Problem problem) {
        return new Inspection(NO_HEADER, Map.of(), Map.of(), List.of(problem));
    }

    private Inspection inspectSheets(SpreadsheetFile file) throws IOException {
        Map<SheetKind, String> sheets = SheetFinder.locate(file);
        List<Problem> problems = new ArrayList<>();
        SubmissionHeader header = header(file, sheets.get(SheetKind.INFO), problems);
        missingSheets(sheets, problems);
        Map<SheetKind, HeaderMatch> headers = new EnumMap<>(SheetKind.class);
        for (SheetKind kind : List.of(SheetKind.TASKS, SheetKind.EVENTS, SheetKind.SPENDING)) {
            String name = sheets.get(kind);
            if (name != null) {
                SheetHeaderCheck.check(file, SubmissionFormat.sheet(kind), name, problems)
                        .ifPresent(match -> headers.put(kind, match));
            }
        }
        return new Inspection(header, Map.copyOf(sheets), headers, List.copyOf(problems));
    }

    private SubmissionHeader header(SpreadsheetFile file, String infoSheet, List<Problem> problems)
            throws IOException {
        if (infoSheet == null) {
            problems.add(Problem.fileError("MISSING_INFO_SHEET", "Không tìm thấy trang \""
                    + SubmissionFormat.sheet(SheetKind.INFO).canonicalName() + "\". Hãy thêm trang này theo mẫu, ghi"
                    + " cơ quan báo cáo, năm và kỳ báo cáo."));
            return NO_HEADER;
        }
        EnumMap<InfoField, InfoValue> values;
        try (Stream<SheetRow> rows = file.rows(infoSheet)) {
            values = InfoSheetReader.read(rows);
        }
        GeneralInfoValidator.Validated validated = infoValidator.validate(infoSheet, values);
        problems.addAll(validated.problems());
        return validated.header();
    }

    private static void missingSheets(Map<SheetKind, String> sheets, List<Problem> problems) {
        if (!sheets.containsKey(SheetKind.TASKS)) {
            problems.add(Problem.fileError("MISSING_TASK_SHEET", "Không tìm thấy trang \"" + name(SheetKind.TASKS)
                    + "\". Trang này bắt buộc: hãy thêm trang \"" + name(SheetKind.TASKS) + "\" theo mẫu và báo cáo"
                    + " tình hình thực hiện từng nhiệm vụ."));
        }
        if (!sheets.containsKey(SheetKind.EVENTS)) {
            problems.add(Problem.fileWarning("NO_EVENTS_SHEET", "Không có trang \"" + name(SheetKind.EVENTS)
                    + "\": không có hoạt động nào được báo cáo. Nếu có hoạt động, hãy thêm trang này theo mẫu."));
        }
        if (!sheets.containsKey(SheetKind.SPENDING)) {
            problems.add(Problem.fileWarning("NO_SPENDING_SHEET", "Không có trang \"" + name(SheetKind.SPENDING)
                    + "\": không có kinh phí nào được báo cáo. Nếu có sử dụng kinh phí, hãy thêm trang này theo mẫu."));
        }
    }

    private static String name(SheetKind kind) {
        return SubmissionFormat.sheet(kind).canonicalName();
    }
}
