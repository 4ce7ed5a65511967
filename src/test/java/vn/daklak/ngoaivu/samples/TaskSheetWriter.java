package vn.daklak.ngoaivu.samples;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/** The Nhiệm vụ sheet. */
final class TaskSheetWriter {

    private TaskSheetWriter() {
    }

    static void write(Sheet sheet, WorkbookStyles styles, SampleSubmission submission) {
        WritingStyle style = submission.style();
        SheetHeaders h = new SheetHeaders(style);
        List<TableWriter.Column<TaskReport>> columns = h.order(List.of(
                TableWriter.Column.of(h.of("Mã nhiệm vụ", "Mã\nnhiệm vụ", "Task code"), TaskReport::code),
                TableWriter.Column.of(h.of("Nội dung nhiệm vụ", "Nội dung\nnhiệm vụ", "Task"), TaskReport::content),
                TableWriter.Column.<TaskReport>of(h.of("Tình trạng", "Tình\ntrạng", "Status"),
                        t -> status(t.status(), style, submission.period())),
                TableWriter.Column.<TaskReport>of(h.of("Tỷ lệ hoàn thành (%)", "Tỷ lệ\nhoàn thành (%)", "Progress"),
                        t -> percent(t.percent(), style)),
                TableWriter.Column.of(h.of("Kết quả thực hiện", "Kết quả\nthực hiện", "Results"),
                        TaskReport::results),
                TableWriter.Column.of(h.of("Khó khăn, vướng mắc", "Khó khăn,\nvướng mắc", "Issues"),
                        TaskReport::issues),
                TableWriter.Column.of(h.of("Đề xuất, kiến nghị", "Đề xuất,\nkiến nghị", "Proposals"),
                        TaskReport::proposals)));
        TableWriter<TaskReport> table = new TableWriter<>(sheet, styles, columns, 0);
        if (h.titled()) {
            h.titles("Tình hình thực hiện nhiệm vụ", submission.year()).forEach(table::title);
        }
        table.header();
        submission.tasks().forEach(table::row);
    }

    static String status(TaskStatus status, WritingStyle style, Period period) {
        if (style.has(Quirk.ENGLISH)) {
            return switch (status) {
                case DONE -> "Done";
                case IN_PROGRESS -> "In progress";
                case NOT_STARTED -> "Not started";
                case CANCELLED -> "Cancelled";
                case POSTPONED -> "Postponed";
            };
        }
        if (style.has(Quirk.STATUS_WITHOUT_DIACRITICS)) {
            return switch (status) {
                case DONE -> "Hoan thanh";
                case IN_PROGRESS -> "Dang thuc hien";
                case NOT_STARTED -> "Chua thuc hien";
                case CANCELLED -> "Khong thuc hien";
                case POSTPONED -> "Chuyen sang nam sau";
            };
        }
        if (style.has(Quirk.STATUS_VARIANTS)) {
            return switch (status) {
                case DONE -> "Đã hoàn thành";
                case IN_PROGRESS -> "Đang triển khai";
                case NOT_STARTED -> "Chưa triển khai";
                case CANCELLED -> "Dừng thực hiện";
                case POSTPONED -> "Chuyển kỳ sau";
            };
        }
        if (status == TaskStatus.POSTPONED) {
            return period == Period.YEAR ? "Chuyển sang năm sau" : "Hoãn";
        }
        return status.label();
    }

    private static Object percent(Integer percent, WritingStyle style) {
        if (percent == null) {
            return null;
        }
        if (style.has(Quirk.PERCENT_CELLS)) {
            return new WorkbookStyles.Percent(percent / 100.0);
        }
        return style.has(Quirk.PERCENT_TEXT) ? percent + "%" : percent;
    }
}
