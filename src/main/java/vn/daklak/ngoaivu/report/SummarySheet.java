package vn.daklak.ngoaivu.report;

import java.util.Map;
import vn.daklak.ngoaivu.normalize.Countries;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/** Sheet "Tổng hợp": the period's headline figures, the same as summary.json and the .docx report. */
final class SummarySheet {

    static final String NAME = "Tổng hợp";
    static final String WINDOW = "Thời gian lấy số liệu (Nghị định 09/2019/NĐ-CP)";
    static final String ON_TIME = "   - Gửi báo cáo hợp lệ đúng hạn";
    static final String LATE = "   - Gửi báo cáo hợp lệ trễ hạn";
    static final String REJECTED_ONLY = "   - Chỉ có tệp bị từ chối";
    static final String SENT_NOTHING = "   - Chưa gửi báo cáo";
    static final String UNREQUESTED = "Số cơ quan không thuộc diện báo cáo nhưng đã gửi";
    static final String ACCEPTED = "Số cơ quan có báo cáo hợp lệ (kể cả cơ quan không thuộc diện)";
    static final String EXECUTION_RATE = "Tỷ lệ thực hiện so với kinh phí được duyệt (%)";

    private SummarySheet() {
    }

    static void write(WorkbookSheets sheets, PeriodFigures f) {
        TableSheet table = sheets.table(NAME, "Tổng hợp kết quả thực hiện Kế hoạch Ngoại giao văn hóa "
                + f.period().label(f.year()), "Chỉ tiêu", "Giá trị");
        table.row(WINDOW, f.windowText());
        submissions(table, f);
        table.row("Số nhiệm vụ được báo cáo", f.tasks().size());
        for (Map.Entry<TaskStatus, Long> entry : f.tasksByStatus().entrySet()) {
            table.row("   - " + entry.getKey().label(), entry.getValue());
        }
        events(table, f);
        spending(table, f);
        table.finish();
    }

    private static void submissions(TableSheet table, PeriodFigures f) {
        // the expected agencies split so that the parts add up; the agencies not required come apart from them
        table.row("Số cơ quan phải báo cáo", f.expectedCodes().size());
        table.row(ON_TIME, f.onTimeCount());
        table.row(LATE, f.lateCount());
        table.row(REJECTED_ONLY, f.expectedRejectedCount());
        table.row(SENT_NOTHING, f.expectedMissingCount());
        table.row(UNREQUESTED, f.unrequestedCodes().size());
        table.row(ACCEPTED, f.acceptedCodes().size());
        table.row("Hạn nộp báo cáo", f.deadline());
    }

    private static void events(TableSheet table, PeriodFigures f) {
        table.row("Số hoạt động", f.events().size());
        table.row("   - Ở nước ngoài", f.abroadEvents());
        table.row("Số người tham gia", f.participants());
        table.row("Số khách quốc tế", f.foreignGuests());
        table.row("Hoạt động theo quốc gia diễn ra", null);
        f.eventsByCountry().forEach((iso, n) -> table.row("   - " + Countries.vietnameseName(iso), n));
        table.row("Hoạt động với địa phương đối tác", null);
        Map<String, String> partners = f.partnerNames();
        f.eventsByPartner().forEach((code, n) -> table.row("   - " + partners.getOrDefault(code, code), n));
    }

    private static void spending(TableSheet table, PeriodFigures f) {
        MoneyTotals total = f.spendingTotal();
        table.row("Kinh phí dự toán (đồng)", total.estimate());
        table.row("Kinh phí được duyệt (đồng)", total.allocated());
        table.row("Kinh phí đã thực hiện (đồng)", total.spent());
        table.row(EXECUTION_RATE, f.executionRatePercent());
        for (Map.Entry<FundingSource, MoneyTotals> entry : f.spendingBySource().entrySet()) {
            String source = entry.getKey().label();
            table.row("   - Dự toán từ " + source + " (đồng)", entry.getValue().estimate());
            table.row("   - Được duyệt từ " + source + " (đồng)", entry.getValue().allocated());
            table.row("   - Đã thực hiện từ " + source + " (đồng)", entry.getValue().spent());
        }
    }
}
