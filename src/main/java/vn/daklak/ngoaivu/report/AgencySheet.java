package vn.daklak.ngoaivu.report;

import java.util.Map;

/** Sheet "Theo cơ quan": one row per expected or reporting agency. */
final class AgencySheet {

    static final String NAME = "Theo cơ quan";

    private AgencySheet() {
    }

    static void write(WorkbookSheets sheets, PeriodFigures f) {
        TableSheet table = sheets.table(NAME, "Tình hình báo cáo theo cơ quan",
                "Mã cơ quan", "Tên cơ quan", "Loại cơ quan", "Phải báo cáo", "Tình trạng", "Tệp hiện hành",
                "Ngày nhận", "Hạn nộp", "Đúng hạn", "Số nhiệm vụ", "Số hoạt động", "Kinh phí đã thực hiện (đồng)",
                "Số cảnh báo")
                // 13 columns on one landscape A4 page at a readable scale (≥ 70 %): long texts wrap instead
                .maxWidths(10, 26, 14, 8, 14, 22, 17, 11, 10, 8, 8, 12, 8);
        Map<String, Long> tasks = f.tasksByAgency();
        Map<String, Long> events = f.eventsByAgency();
        Map<String, MoneyTotals> money = f.spendingByAgency();
        for (AgencyFigure a : f.agencies()) {
            table.row(a.code(), a.name(), Labels.kind(a.kind()), Labels.yesNo(a.expected()), a.state().label(),
                    a.fileName(), a.firstAcceptedAt(), a.deadline(), Labels.timeliness(a.onTime()),
                    tasks.getOrDefault(a.code(), 0L), events.getOrDefault(a.code(), 0L),
                    money.getOrDefault(a.code(), MoneyTotals.ZERO).spent(), a.accepted() ? a.warnings() : null);
        }
        table.finish();
    }
}
