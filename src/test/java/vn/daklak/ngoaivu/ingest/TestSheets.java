package vn.daklak.ngoaivu.ingest;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.daklak.ngoaivu.format.Field;
import vn.daklak.ngoaivu.format.HeaderMatch;
import vn.daklak.ngoaivu.normalize.MoneyUnits;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.reference.ReferenceData;

/**
 * Header matches and sheet contexts for row-mapper tests, built directly (not detected) so that a mapper test fails
 * only because of the mapper. Columns are laid out A, B, C, … in the order below; the header row is row 3.
 */
final class TestSheets {

    static final int HEADER_ROW = 3;
    static final ReferenceData REFERENCE = TestReference.load();

    static final List<Field> TASK_FIELDS = List.of(Field.STT, Field.TASK_CODE, Field.TASK_CONTENT, Field.STATUS,
            Field.PERCENT, Field.RESULTS, Field.ISSUES, Field.PROPOSALS);
    static final List<String> TASK_HEADERS = List.of("STT", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Tình trạng",
            "Tỷ lệ hoàn thành (%)", "Kết quả thực hiện", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị");

    static final List<Field> EVENT_FIELDS = List.of(Field.STT, Field.TASK_CODE, Field.ACTIVITY, Field.EVENT_TYPE,
            Field.START, Field.END, Field.LOCATION, Field.COUNTRY, Field.PARTNER, Field.PARTICIPANTS,
            Field.FOREIGN_GUESTS, Field.OCOP, Field.HERITAGE, Field.NOTES);
    static final List<String> EVENT_HEADERS = List.of("STT", "Mã nhiệm vụ", "Tên hoạt động", "Loại hình", "Từ ngày",
            "Đến ngày", "Địa điểm", "Quốc gia", "Đối tác", "Số người tham gia", "Số khách quốc tế", "Sản phẩm OCOP",
            "Di tích, di sản", "Ghi chú");

    static final List<Field> SPENDING_FIELDS = List.of(Field.STT, Field.TASK_CODE, Field.ITEM, Field.SOURCE,
            Field.ESTIMATE, Field.ALLOCATED, Field.SPENT);
    static final List<String> SPENDING_HEADERS = List.of("STT", "Mã nhiệm vụ", "Nội dung chi", "Nguồn kinh phí",
            "Dự toán", "Được duyệt", "Đã thực hiện");

    private TestSheets() {
    }

    static SheetContext tasks() {
        return context("Nhiệm vụ", header(TASK_FIELDS, TASK_HEADERS, MoneyUnits.DONG));
    }

    static SheetContext events() {
        return context("Hoạt động", header(EVENT_FIELDS, EVENT_HEADERS, MoneyUnits.DONG));
    }

    static SheetContext events(Period period) {
        return new SheetContext("Hoạt động", header(EVENT_FIELDS, EVENT_HEADERS, MoneyUnits.DONG), 2024, period,
                REFERENCE.taskCodes(2024), REFERENCE.partnerMatcher());
    }

    static SheetContext spending(long sheetUnit) {
        return context("Kinh phí", header(SPENDING_FIELDS, SPENDING_HEADERS, sheetUnit));
    }

    static HeaderMatch header(List<Field> fields, List<String> headers, long sheetUnit) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        Map<Integer, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            columns.put(fields.get(i), i);
            texts.put(i, headers.get(i));
        }
        return new HeaderMatch(HEADER_ROW, columns, texts, Map.of(), List.of(), sheetUnit, Map.of());
    }

    private static SheetContext context(String sheetName, HeaderMatch header) {
        return new SheetContext(sheetName, header, 2024, Period.YEAR, REFERENCE.taskCodes(2024),
                REFERENCE.partnerMatcher());
    }
}
