package vn.daklak.ngoaivu.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.daklak.ngoaivu.format.ColumnSpec;
import vn.daklak.ngoaivu.format.Field;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;
import vn.daklak.ngoaivu.format.SubmissionFormat;
import vn.daklak.ngoaivu.normalize.Parsed;
import vn.daklak.ngoaivu.normalize.Suggestions;
import vn.daklak.ngoaivu.normalize.TaskCodes;
import vn.daklak.ngoaivu.normalize.VietText;
import vn.daklak.ngoaivu.read.CellValue;
import vn.daklak.ngoaivu.read.SheetRow;

/**
 * One data row seen through its sheet's header: cells by field, and the problems found so far, each located at the
 * row and column the agency has to correct.
 */
final class RowCells {

    private final SheetRow row;
    private final SheetContext context;
    private final List<Problem> problems = new ArrayList<>();

    RowCells(SheetRow row, SheetContext context) {
        this.row = row;
        this.context = context;
    }

    int rowNumber() {
        return row.rowNumber();
    }

    SheetContext context() {
        return context;
    }

    /** The cell under a field's column; null when the column is absent or the cell empty. */
    CellValue cell(Field field) {
        Integer column = context.header().columns().get(field);
        return column == null ? null : row.cell(column);
    }

    /** The cell's text tidied for display; null when empty. */
    String text(Field field) {
        CellValue cell = cell(field);
        if (cell == null) {
            return null;
        }
        String text = VietText.clean(cell.text());
        return text.isEmpty() ? null : text;
    }

    /** As {@link #text}, with an error when the value is missing. */
    String requiredText(Field field) {
        String text = text(field);
        if (text == null) {
            missing(field);
        }
        return text;
    }

    /** Parses a cell; a failure becomes an error with {@code code}, an empty required cell a missing-value error. */
    <T> T parse(Field field, Function<CellValue, Parsed<T>> parser, boolean required, String code) {
        CellValue cell = cell(field);
        if (cell == null) {
            if (required) {
                missing(field);
            }
            return null;
        }
        Parsed<T> parsed = parser.apply(cell);
        if (parsed.failed()) {
            error(field, code, headerName(field) + ": " + parsed.error());
            return null;
        }
        if (parsed.isEmpty() && required) {
            missing(field);
        }
        return parsed.value();
    }

    /** The plan task code of this row; errors when missing, malformed or not in that year's plan. */
    String taskCode() {
        String raw = requiredText(Field.TASK_CODE);
        if (raw == null) {
            return null;
        }
        Optional<String> code = TaskCodes.normalize(raw);
        if (code.isPresent() && context.planTaskCodes().contains(code.get())) {
            return code.get();
        }
        List<String> closest = Suggestions.taskCodes(code.orElse(raw), text(Field.TASK_CONTENT), context.planTasks(),
                3);
        String hint = closest.isEmpty()
                ? "Các mã trong kế hoạch: " + String.join(", ", context.planTaskCodes()) + "."
                : "Các mã gần nhất: " + String.join(", ", closest) + ".";
        error(Field.TASK_CODE, "UNKNOWN_TASK_CODE", "Mã nhiệm vụ \"" + raw + "\" không có trong Kế hoạch năm "
                + context.year() + ". " + hint + " Hãy sửa lại cho đúng mã trong Phụ lục kế hoạch.");
        return null;
    }

    void missing(Field field) {
        error(field, "MISSING_REQUIRED_VALUE", "Thiếu giá trị bắt buộc ở cột \"" + headerName(field)
                + "\". Hãy điền giá trị cho dòng " + row.rowNumber() + ".");
    }

    void error(Field field, String code, String message) {
        add(field, Severity.ERROR, code, message);
    }

    void warning(Field field, String code, String message) {
        add(field, Severity.WARNING, code, message);
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The typed row when no error was found, with every problem. */
    <T> RowResult<T> result(T typedRow) {
        return new RowResult<>(hasErrors() ? null : typedRow, List.copyOf(problems));
    }

    /** The header text of a column as the agency wrote it, or the canonical name when the column is absent. */
    String headerName(Field field) {
        Integer column = context.header().columns().get(field);
        String written = column == null ? null : context.header().headers().get(column);
        return written != null ? VietText.clean(written) : canonicalHeader(field);
    }

    private static String canonicalHeader(Field field) {
        return SubmissionFormat.sheets().stream().filter(sheet -> sheet.columns() != null)
                .flatMap(sheet -> sheet.columns().stream())
                .filter(spec -> spec.field() == field).map(ColumnSpec::header).findFirst().orElse(field.name());
    }

    private void add(Field field, Severity severity, String code, String message) {
        Integer column = context.header().columns().get(field);
        CellValue cell = column == null ? null : row.cell(column);
        problems.add(new Problem(context.sheetName(), row.rowNumber(), column,
                column == null ? null : context.header().columnLabel(column),
                cell == null ? null : cell.text(), severity, code, message));
    }
}
