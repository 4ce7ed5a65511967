package vn.daklak.ngoaivu.report;

import java.util.Map;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/** Sheet "Tổng hợp": the period's headline figures, the same as summary.json. */
final class SummarySheet {

    static final String NAME = "Tổng hợp";

    private SummarySheet() {
    }

    static void write(WorkbookSheets sheets, PeriodFigures f) {
        TableSheet table = sheets.table(NAME, "Tổng hợp kết quả thực hiện Kế hoạch Ngoại giao văn hóa "
                + f.period().label() + " " + f.year(), "Chỉ tiêu", "Giá trị");
        table.row("Số cơ quan phải báo cáo", f.expectedCodes().size());
        table.row("Số cơ quan đã báo cáo", f.acceptedCodes().size());
        table.row("Số cơ quan chưa báo cáo", f.missingCodes().size());
        table.row("Số cơ quan có tệp bị từ chối (chưa có tệp hợp lệ)", f.rejectedCodes().size());
        table.row("Hạn nộp báo cáo", f.deadline());
        table.row("Số cơ quan báo cáo đúng hạn", f.onTimeCount());
        table.row("Số cơ quan báo cáo trễ hạn", f.lateCount());
        table.row("Số nhiệm vụ được báo cáo", f.tasks().size());
        for (Map.Entry<TaskStatus, Long> entry : f.tasksByStatus().entrySet()) {
            table.row("   - " + entry.getKey().label(), entry.getValue());
        }
        table.row("Số hoạt động", f.events().size());
        table.row("   - Ở nước ngoài", f.abroadEvents());
        table.row("Số người tham gia", f.participants());
        table.row("Số khách quốc tế", f.foreignGuests());
        MoneyTotals total = f.spendingTotal();
        table.row("Kinh phí dự toán (đồng)", total.estimate());
        table.row("Kinh phí được duyệt (đồng)", total.allocated());
        table.row("Kinh phí đã thực hiện (đồng)", total.spent());
        for (Map.Entry<FundingSource, MoneyTotals> entry : f.spendingBySource().entrySet()) {
            table.row("   - Đã thực hiện từ " + entry.getKey().label() + " (đồng)", entry.getValue().spent());
        }
        table.finish();
    }
}
