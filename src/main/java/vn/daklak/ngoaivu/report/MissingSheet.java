package vn.daklak.ngoaivu.report;

/** Sheet "Chưa báo cáo": expected agencies without a current accepted submission, with the reason. */
final class MissingSheet {

    static final String NAME = "Chưa báo cáo";

    private MissingSheet() {
    }

    static void write(WorkbookSheets sheets, PeriodFigures f) {
        TableSheet table = sheets.table(NAME, "Các cơ quan chưa có báo cáo hợp lệ",
                "Mã cơ quan", "Tên cơ quan", "Loại cơ quan", "Tình trạng", "Lý do", "Số tệp bị từ chối",
                "Lần gửi gần nhất");
        for (AgencyFigure a : f.agencies()) {
            if (a.missing()) {
                table.row(a.code(), a.name(), Labels.kind(a.kind()), a.state().label(), a.missingReason(),
                        a.rejectedFiles(), a.lastRejectedAt());
            }
        }
        table.finish();
    }
}
