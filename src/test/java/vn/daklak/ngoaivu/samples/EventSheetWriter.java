package vn.daklak.ngoaivu.samples;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;

import vn.daklak.ngoaivu.normalize.EventType;

/** The Hoạt động sheet. */
final class EventSheetWriter {

    /** Extra participants on the total row of the file whose total does not add up. */
    static final int WRONG_TOTAL_ERROR = 50;

    private static final Map<String, String> VIETNAMESE = Map.of("VN", "Việt Nam", "KR", "Hàn Quốc", "LA", "Lào",
            "KH", "Campuchia", "JP", "Nhật Bản", "TH", "Thái Lan");
    private static final Map<String, String> ENGLISH = Map.of("VN", "Vietnam", "KR", "South Korea", "LA", "Laos",
            "KH", "Cambodia", "JP", "Japan", "TH", "Thailand");

    private EventSheetWriter() {
    }

    static void write(Sheet sheet, WorkbookStyles styles, SampleSubmission submission) {
        WritingStyle style = submission.style();
        SheetHeaders h = new SheetHeaders(style);
        String nameHeader = h.of("Tên hoạt động", "Tên hoạt\nđộng", "Activity");
        EventDates dates = new EventDates(style.has(Quirk.DATES_AS_TEXT), submission.events());
        List<TableWriter.Column<EventReport>> columns = h.order(List.of(
                TableWriter.Column.of(h.of("Mã nhiệm vụ", "Mã\nnhiệm vụ", "Task code"), EventReport::taskCode),
                TableWriter.Column.of(nameHeader, EventReport::name),
                TableWriter.Column.<EventReport>of(h.of("Loại hình", "Loại\nhình", "Type"), e -> type(e.type(), style)),
                TableWriter.Column.<EventReport>of(h.of("Từ ngày", "Từ\nngày", "Start"), dates::start),
                TableWriter.Column.<EventReport>of(h.of("Đến ngày", "Đến\nngày", "End"), dates::end),
                TableWriter.Column.of(h.of("Địa điểm", "Địa\nđiểm", "Location"), EventReport::location),
                TableWriter.Column.<EventReport>of(h.of("Quốc gia", "Quốc\ngia", "Country"), e -> country(e, style)),
                TableWriter.Column.of(h.of("Đối tác", "Đối tác\n(địa phương)", "Partner"),
                        EventReport::partnerAsWritten),
                new TableWriter.Column<EventReport>(h.of("Số người tham gia", "Số người\ntham gia", "Participants"),
                        EventReport::participants, EventReport::participants),
                new TableWriter.Column<EventReport>(h.of("Số khách quốc tế", "Số khách\nquốc tế", "Foreign guests"),
                        EventReport::foreignGuests, EventReport::foreignGuests),
                TableWriter.Column.of(h.of("Sản phẩm OCOP", "Sản phẩm\nOCOP", "Sản phẩm OCOP"), EventReport::ocop),
                TableWriter.Column.of(h.of("Di tích, di sản", "Di tích,\ndi sản", "Di tích, di sản"),
                        EventReport::heritage),
                TableWriter.Column.of(h.of("Ghi chú", "Ghi chú", "Notes"), EventReport::notes)));
        TableWriter<EventReport> table = new TableWriter<>(sheet, styles, columns, 0);
        if (h.titled()) {
            h.titles("Kết quả các hoạt động ngoại giao văn hóa", submission.year()).forEach(table::title);
        }
        table.header();
        if (style.has(Quirk.SECTIONS)) {
            table.section("I", "Hoạt động ở nước ngoài", nameHeader);
            submission.events().stream().filter(EventReport::abroad).forEach(table::row);
            table.section("II", "Hoạt động trong nước", nameHeader);
            submission.events().stream().filter(e -> !e.abroad()).forEach(table::row);
        } else {
            submission.events().forEach(table::row);
        }
        if (style.has(Quirk.TOTALS) || style.has(Quirk.WRONG_TOTAL)) {
            table.total(style.has(Quirk.ENGLISH) ? "Total" : "Tổng cộng",
                    style.has(Quirk.WRONG_TOTAL) ? WRONG_TOTAL_ERROR : 0);
        }
    }

    private static String type(EventType type, WritingStyle style) {
        if (style.has(Quirk.STATUS_VARIANTS) && type == EventType.DON_DOAN) {
            return "Đoàn vào";
        }
        if (style.has(Quirk.STATUS_VARIANTS) && type == EventType.THONG_TIN) {
            return "Tuyên truyền";
        }
        return type.label();
    }

    private static String country(EventReport event, WritingStyle style) {
        if (style.has(Quirk.COUNTRY_BLANK_FOR_VN) && !event.abroad()) {
            return "";
        }
        return (style.has(Quirk.ENGLISH) ? ENGLISH : VIETNAMESE).get(event.country());
    }

    /** Dates as cells, or (in files that type them) a mix of day, month and quarter text. */
    private record EventDates(boolean asText, List<EventReport> events) {

        Object start(EventReport event) {
            LocalDate d = event.start();
            // a month or quarter would start before a window that opens on 15 December
            boolean lateDecember = d.getMonthValue() == 12 && d.getDayOfMonth() >= 15;
            return switch (asText && !lateDecember ? events.indexOf(event) % 4 : asText ? 0 : 3) {
                case 0 -> String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
                case 1 -> "tháng " + d.getMonthValue() + "/" + d.getYear();
                case 2 -> "Quý " + List.of("I", "II", "III", "IV").get((d.getMonthValue() - 1) / 3) + "/" + d.getYear();
                default -> d;
            };
        }

        Object end(EventReport event) {
            boolean monthOrQuarter = start(event) instanceof String s && !Character.isDigit(s.charAt(0));
            if (event.end().equals(event.start()) || monthOrQuarter) {
                return null;
            }
            LocalDate d = event.end();
            return asText ? String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()) : d;
        }
    }
}
