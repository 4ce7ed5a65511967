package vn.daklak.ngoaivu.report;

import vn.daklak.ngoaivu.normalize.Countries;

/** Sheet "Hoạt động": every activity of the period's current accepted submissions. */
final class EventSheet {

    static final String NAME = "Hoạt động";

    private EventSheet() {
    }

    static final String[] HEADERS = {"STT", "Cơ quan", "Mã nhiệm vụ", "Tên hoạt động", "Loại hình", "Từ ngày",
        "Đến ngày", "Địa điểm", "Quốc gia", "Đối tác", "Số người tham gia", "Số khách quốc tế", "Sản phẩm OCOP",
        "Di tích, di sản", "Ghi chú"};
    /** 15 columns on one landscape A4 page at a readable scale (at least 70 %): long texts wrap instead. */
    static final int[] WIDTHS = {6, 10, 9, 24, 12, 11, 11, 16, 10, 14, 10, 10, 12, 12, 14};

    static void write(WorkbookSheets sheets, PeriodFigures f) {
        TableSheet table = sheets.table(NAME, "Danh sách hoạt động ngoại giao văn hóa", HEADERS).maxWidths(WIDTHS);
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
