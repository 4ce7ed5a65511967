package vn.daklak.ngoaivu.ingest;

import java.time.LocalDate;
import java.util.Optional;
import vn.daklak.ngoaivu.format.Field;
import vn.daklak.ngoaivu.normalize.Countries;
import vn.daklak.ngoaivu.normalize.EventType;
import vn.daklak.ngoaivu.normalize.PartialDate;
import vn.daklak.ngoaivu.normalize.PartnerRef;
import vn.daklak.ngoaivu.normalize.ReportWindow;
import vn.daklak.ngoaivu.read.SheetRow;

/** Normalises and validates one data row of the event sheet (SUBMISSION-FORMAT 3); see the helper's notes. */
final class EventRowMapper {

    /** Only DATA rows (see RowClassifier) are passed in. Row is null in the result when any ERROR was found. */
    RowResult<EventRow> map(SheetRow row, SheetContext context) {
        RowCells cells = new RowCells(row, context);
        String code = cells.taskCode();
        String name = cells.requiredText(Field.ACTIVITY);
        EventType type = type(cells);
        PartialDate start = cells.parse(Field.START, CellParsers::date, true, "INVALID_DATE");
        LocalDate end = end(cells, start);
        if (start != null) {
            warnOutsideWindow(cells, start);
        }
        String country = country(cells);
        Optional<PartnerRef> partner = partner(cells);
        Integer participants = cells.parse(Field.PARTICIPANTS, CellParsers::count, false, "INVALID_COUNT");
        Integer guests = cells.parse(Field.FOREIGN_GUESTS, CellParsers::count, false, "INVALID_COUNT");
        if (participants != null && guests != null && guests > participants) {
            cells.warning(Field.FOREIGN_GUESTS, "GUESTS_ABOVE_PARTICIPANTS", "Số khách quốc tế (" + guests
                    + ") lớn hơn số người tham gia (" + participants + "). Hãy kiểm tra lại: số người tham gia"
                    + " phải gồm cả khách quốc tế.");
        }
        return cells.result(new EventRow(row.rowNumber(), code, name, type, start, end, cells.text(Field.LOCATION),
                country, partner.map(PartnerRef::code).orElse(null),
                partner.isPresent() ? null : cells.text(Field.PARTNER), participants, guests,
                cells.text(Field.OCOP), cells.text(Field.HERITAGE), cells.text(Field.NOTES)));
    }

    /** An empty type is simply unclassified (KHAC); an unrecognised one too, but the agency is told. */
    private static EventType type(RowCells cells) {
        String raw = cells.text(Field.EVENT_TYPE);
        if (raw == null) {
            return EventType.KHAC;
        }
        return EventType.parse(raw).orElseGet(() -> {
            cells.warning(Field.EVENT_TYPE, "UNKNOWN_EVENT_TYPE", "Loại hình \"" + raw + "\" không có trong danh mục,"
                    + " đã xếp vào \"Khác\". Nếu đúng loại khác, hãy chọn: \"Giao lưu văn hóa nghệ thuật\", \"Hội chợ,"
                    + " triển lãm\", \"Xúc tiến, quảng bá\", \"Hội nghị, hội thảo\", \"Đón đoàn quốc tế\", \"Đoàn ra\","
                    + " \"Thông tin đối ngoại\".");
            return EventType.KHAC;
        });
    }

    /** The end as given (a month or quarter standing for its last day), else the last day the start stands for. */
    private static LocalDate end(RowCells cells, PartialDate start) {
        PartialDate given = cells.parse(Field.END, CellParsers::date, false, "INVALID_DATE");
        if (start == null) {
            return null;
        }
        LocalDate end = given == null ? start.lastDay() : given.lastDay();
        if (end.isBefore(start.date())) {
            cells.error(Field.END, "END_BEFORE_START", "Ngày kết thúc " + Messages.date(end) + " trước ngày bắt đầu "
                    + Messages.date(start.date()) + ". Hãy sửa lại ngày bắt đầu hoặc ngày kết thúc.");
            return null;
        }
        return end;
    }

    private static void warnOutsideWindow(RowCells cells, PartialDate start) {
        SheetContext context = cells.context();
        ReportWindow window = context.period().window(context.year());
        if (start.lastDay().isBefore(window.from()) || start.date().isAfter(window.to())) {
            cells.warning(Field.START, "OUTSIDE_REPORT_WINDOW", "Hoạt động bắt đầu ngày " + Messages.date(start.date())
                    + ", ngoài kỳ báo cáo " + context.period().label() + " " + context.year() + " (từ "
                    + Messages.date(window.from()) + " đến " + Messages.date(window.to()) + "). Hoạt động vẫn được tính"
                    + " vào báo cáo này; nếu ghi nhầm ngày hoặc nhầm kỳ, hãy sửa lại.");
        }
    }

    private static String country(RowCells cells) {
        String raw = cells.text(Field.COUNTRY);
        if (raw == null) {
            return "VN";
        }
        return Countries.toIso(raw).orElseGet(() -> {
            cells.error(Field.COUNTRY, "UNKNOWN_COUNTRY", "Không nhận ra quốc gia \"" + raw + "\". Hãy ghi tên nước"
                    + " bằng tiếng Việt (ví dụ \"Hàn Quốc\", \"Lào\", \"Campuchia\") hoặc mã ISO 2 chữ (KR, LA, KH);"
                    + " để trống nếu hoạt động diễn ra tại Việt Nam.");
            return null;
        });
    }

    private static Optional<PartnerRef> partner(RowCells cells) {
        String raw = cells.text(Field.PARTNER);
        if (raw == null) {
            return Optional.empty();
        }
        Optional<PartnerRef> partner = cells.context().partners().resolve(raw);
        if (partner.isEmpty()) {
            cells.warning(Field.PARTNER, "UNKNOWN_PARTNER", "Không nhận ra địa phương đối tác \"" + raw + "\"; tên được"
                    + " giữ nguyên. Nếu là đối tác trong danh mục, hãy ghi đúng tên (ví dụ \"tỉnh Jeollabuk\","
                    + " \"tỉnh Champasak\", \"tỉnh Mondulkiri\").");
        }
        return partner;
    }
}
