package vn.daklak.ngoaivu.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;
import vn.daklak.ngoaivu.read.CellValue;
import vn.daklak.ngoaivu.support.SpreadsheetText;

/** One line of the {@code Lỗi} sheet and of the CSV: texts as shown to the agency, not yet escaped. */
record FeedbackRow(String sheet, Integer row, String column, String value, Severity severity, String message) {

    static final List<String> HEADERS =
            List.of("Sheet", "Dòng", "Cột", "Giá trị đã đọc", "Mức độ", "Nội dung cần sửa");

    static final String ACCEPTED_MESSAGE = "Tệp đã được chấp nhận, không có lỗi.";

    /** Each problem as a row, whole-file problems first, then by sheet (first mention), row and column. */
    static List<FeedbackRow> of(List<Problem> problems, boolean accepted) {
        if (problems.isEmpty()) {
            return accepted ? List.of(new FeedbackRow("", null, "", "", Severity.INFO, ACCEPTED_MESSAGE)) : List.of();
        }
        Map<String, Integer> sheetOrder = new HashMap<>();
        problems.forEach(p -> sheetOrder.putIfAbsent(p.sheet(), sheetOrder.size()));
        Comparator<Problem> order = Comparator
                .<Problem>comparingInt(p -> p.sheet() == null ? 0 : 1)
                .thenComparingInt(p -> sheetOrder.get(p.sheet()))
                .thenComparingInt(p -> p.row() == null ? 0 : p.row())
                .thenComparingInt(p -> p.columnIndex() == null ? -1 : p.columnIndex());
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(order);
        return sorted.stream().map(FeedbackRow::of).toList();
    }

    static FeedbackRow of(Problem p) {
        return new FeedbackRow(nullToEmpty(p.sheet()), p.row(), columnText(p), nullToEmpty(p.rawValue()),
                p.severity(), nullToEmpty(p.message()));
    }

    String rowText() {
        return row == null ? "" : String.valueOf(row);
    }

    /** The six cells as written, escaped against formula injection. */
    List<String> cells() {
        return List.of(SpreadsheetText.escapeOrEmpty(sheet), rowText(), SpreadsheetText.escapeOrEmpty(column), SpreadsheetText.escapeOrEmpty(value),
                severity.label(), SpreadsheetText.escapeOrEmpty(message));
    }

    private static String columnText(Problem p) {
        if (p.column() != null && !p.column().isBlank()) {
            return p.column();
        }
        return p.columnIndex() == null ? "" : CellValue.columnName(p.columnIndex());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
