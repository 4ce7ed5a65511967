package vn.daklak.ngoaivu.report;

import vn.daklak.ngoaivu.normalize.Countries;

/** Sheet "Hoạt động": every activity of the period's current accepted submissions. */
final class EventSheet {

    static final String NAME = "Hoạt động";

    private EventSheet() {
    }

    static void write(WorkbookSheets sheets, PeriodFigures f) {
        TableSheet table = sheets.table(NAME, "Danh sách hoạt động ngoại giao văn hóa",
                "STT", "Cơ quan", "Mã nhiệm vụ", "Tên hoạt động", "Loại hình", "Từ ngày", "Đến ngày", "Địa điểm",
                "Quốc gia", "Đối tác", "Số người tham gia", "Số khách quốc tế", "Sản phẩm OCOP", "Di tích, di sản",
                "Ghi chú");
        int[] number = {1};
        f.events().forEach(e -> {
            table.row(number[0]++, e.agencyCode(), e.taskCode(), e.name(), Labels.eventType(e.eventType()),
                    e.startDate(), e.endDate(), e.location(), Countries.vietnameseName(e.country()), e.partnerName(),
                    e.participants(),
                    e.foreignGuests(), e.ocopProducts(), e.heritage(), e.notes());
        });
        table.finish();
    }
}
