package vn.daklak.ngoaivu.feedback;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
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

    private final Sheet sheet;
    private final FeedbackStyles styles;
    private int next;

    SummarySheet(Sheet sheet, FeedbackStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    void write(FeedbackRequest request, List<String> notes) {
        sheet.setColumnWidth(0, LABEL_CHARS * 256);
        sheet.setColumnWidth(1, VALUE_CHARS * 256);
        PageSetup.portrait(sheet);
        line(styles.title(), "KẾT QUẢ KIỂM TRA TỆP BÁO CÁO NGOẠI GIAO VĂN HÓA", null);
        next++;
        line(styles.label(), "Kết luận", request.accepted() ? "TỆP ĐƯỢC CHẤP NHẬN" : "TỆP BỊ TỪ CHỐI");
        sheet.getRow(next - 1).getCell(1).setCellStyle(styles.verdict(request.accepted()));
        line(styles.label(), "Cơ quan báo cáo", orUnknown(request.agencyName()));
        line(styles.label(), "Năm", request.year() == null ? UNKNOWN : String.valueOf(request.year()));
        line(styles.label(), "Kỳ báo cáo", periodText(request.period()));
        line(styles.label(), "Tên tệp", orUnknown(request.originalName()));
        line(styles.label(), "Số lỗi", String.valueOf(count(request.problems(), Severity.ERROR)));
        line(styles.label(), "Số cảnh báo", String.valueOf(count(request.problems(), Severity.WARNING)));
        line(styles.label(), "Việc cần làm", NextSteps.text(request.accepted(), request.problems().isEmpty()));
        line(styles.label(), "Cách xem", NextSteps.LEGEND);
        writeFileProblems(request.problems());
        if (!notes.isEmpty()) {
            next++;
            notes.forEach(note -> line(styles.label(), "Ghi chú", note));
        }
    }

    private void writeFileProblems(List<Problem> problems) {
        List<Problem> general = problems.stream().filter(p -> p.row() == null).toList();
        if (general.isEmpty()) {
            return;
        }
        next++;
        line(styles.title(), "Vấn đề chung của tệp", null);
        for (Problem p : general) {
            String where = p.sheet() == null ? "" : "Sheet \"" + p.sheet() + "\": ";
            line(styles.label(), p.severity().label(), where + p.message());
        }
    }

    /** A label and its wrapped value; a heading (no value) spans both columns so it never wraps in the first. */
    private void line(CellStyle labelStyle, String label, String value) {
        Row row = sheet.createRow(next++);
        Cell first = row.createCell(0);
        first.setCellValue(SpreadsheetText.escapeOrEmpty(label));
        first.setCellStyle(labelStyle);
        if (value == null) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 1));
            return;
        }
        Cell second = row.createCell(1);
        second.setCellValue(SpreadsheetText.escapeOrEmpty(value));
        second.setCellStyle(styles.wrap());
        row.setHeightInPoints(Math.max(WrappedText.heightInPoints(value, VALUE_CHARS, FONT_POINTS),
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
