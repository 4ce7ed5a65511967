package vn.daklak.ngoaivu.feedback;

import java.util.Arrays;
import java.util.List;
import vn.daklak.ngoaivu.feedback.OwnSheet.Style;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.support.SpreadsheetText;
import vn.daklak.ngoaivu.support.WrappedText;

/**
 * The {@code Kết quả} sheet: the verdict and what the agency should do next, in plain Vietnamese, on A4 portrait pages
 * with every long text wrapped in a row tall enough for it.
 */
final class SummarySheet {

    static final String NAME = "Kết quả";
    static final String UNKNOWN = "Chưa xác định được";
    static final int LABEL_CHARS = 22;
    static final int VALUE_CHARS = 72;
    private static final int FONT_POINTS = 11;

    private final OwnSheet sheet;
    private int next;

    SummarySheet(OwnSheet sheet) {
        this.sheet = sheet;
    }

    void write(FeedbackRequest request, List<String> notes) {
        sheet.columnWidth(0, LABEL_CHARS);
        sheet.columnWidth(1, VALUE_CHARS);
        sheet.page(false);
        line(Style.TITLE, "KẾT QUẢ KIỂM TRA TỆP BÁO CÁO NGOẠI GIAO VĂN HÓA", null);
        next++;
        line(Style.LABEL, "Kết luận", request.accepted() ? "TỆP ĐƯỢC CHẤP NHẬN" : "TỆP BỊ TỪ CHỐI",
                request.accepted() ? Style.ACCEPTED : Style.REJECTED);
        line(Style.LABEL, "Cơ quan báo cáo", orUnknown(request.agencyName()));
        line(Style.LABEL, "Năm", request.year() == null ? UNKNOWN : String.valueOf(request.year()));
        line(Style.LABEL, "Kỳ báo cáo", periodText(request.period()));
        line(Style.LABEL, "Tên tệp", orUnknown(request.originalName()));
        line(Style.LABEL, "Số lỗi", String.valueOf(count(request.problems(), Severity.ERROR)));
        line(Style.LABEL, "Số cảnh báo", String.valueOf(count(request.problems(), Severity.WARNING)));
        line(Style.LABEL, "Việc cần làm", NextSteps.text(request.accepted(), request.problems().isEmpty()));
        line(Style.LABEL, "Cách xem", NextSteps.LEGEND);
        writeFileProblems(request.problems());
        if (!notes.isEmpty()) {
            next++;
            notes.forEach(note -> line(Style.LABEL, "Ghi chú", note));
        }
    }

    private void writeFileProblems(List<Problem> problems) {
        List<Problem> general = problems.stream().filter(p -> p.row() == null).toList();
        if (general.isEmpty()) {
            return;
        }
        next++;
        line(Style.TITLE, "Vấn đề chung của tệp", null);
        for (Problem p : general) {
            String where = p.sheet() == null ? "" : "Sheet \"" + p.sheet() + "\": ";
            line(Style.LABEL, p.severity().label(), where + p.message());
        }
    }

    /** A label and its wrapped value; a heading (no value) spans both columns so it never wraps in the first. */
    private void line(Style labelStyle, String label, String value) {
        line(labelStyle, label, value, Style.WRAP);
    }

    private void line(Style labelStyle, String label, String value, Style valueStyle) {
        int row = next++;
        sheet.text(row, 0, SpreadsheetText.escapeOrEmpty(label), labelStyle);
        if (value == null) {
            sheet.mergeAcross(row, 1);
            return;
        }
        sheet.text(row, 1, SpreadsheetText.escapeOrEmpty(value), valueStyle);
        sheet.height(row, Math.max(WrappedText.heightInPoints(value, VALUE_CHARS, FONT_POINTS),
                WrappedText.heightInPoints(label, LABEL_CHARS, FONT_POINTS)));
    }

    private static long count(List<Problem> problems, Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }

    private static String orUnknown(String text) {
        return text == null || text.isBlank() ? UNKNOWN : text;
    }

    private static String periodText(String period) {
        if (period == null || period.isBlank()) {
            return UNKNOWN;
        }
        return Arrays.stream(Period.values()).filter(p -> p.name().equals(period)).findFirst()
                .map(Period::heading).orElse(period);
    }
}
