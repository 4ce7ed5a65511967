package vn.daklak.ngoaivu.format;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The submission workbook contract (SUBMISSION-FORMAT.md section 3) as data: sheet names and aliases, column headers
 * and aliases, required columns, info-sheet labels. Template, reading and feedback all take their names from here.
 * Besides the contract's tables, every table sheet accepts an optional {@code STT} column (agencies number their rows
 * everywhere, and section headings are told by it) and the task-code aliases of 3.3.
 */
public final class SubmissionFormat {

    private static final List<String> STT_ALIASES = List.of("TT", "Số TT", "Số thứ tự", "No");
    private static final List<String> TASK_CODE_ALIASES = List.of("Mã NV", "Task code");

    private static final Map<SheetKind, SheetSpec> SHEETS = new EnumMap<>(Map.of(
            SheetKind.INFO, new SheetSpec(SheetKind.INFO, "Thông tin chung",
                    List.of("Thong tin", "Thông tin", "Info"), List.of()),
            SheetKind.TASKS, new SheetSpec(SheetKind.TASKS, "Nhiệm vụ",
                    List.of("Nhiem vu", "Tasks", "Tình hình thực hiện nhiệm vụ"), taskColumns()),
            SheetKind.EVENTS, new SheetSpec(SheetKind.EVENTS, "Hoạt động",
                    List.of("Hoat dong", "Sự kiện", "Events", "Activities"), eventColumns()),
            SheetKind.SPENDING, new SheetSpec(SheetKind.SPENDING, "Kinh phí",
                    List.of("Kinh phi", "Spending", "Budget"), spendingColumns())));

    private static final Map<InfoField, List<String>> INFO_LABELS = new EnumMap<>(Map.of(
            InfoField.AGENCY, List.of("Cơ quan báo cáo", "Đơn vị báo cáo", "Tên cơ quan", "Agency"),
            InfoField.AGENCY_CODE, List.of("Mã cơ quan", "Agency code"),
            InfoField.YEAR, List.of("Năm", "Năm báo cáo", "Year"),
            InfoField.PERIOD, List.of("Kỳ báo cáo", "Period"),
            InfoField.PREPARER, List.of("Người lập"),
            InfoField.PHONE, List.of("Điện thoại"),
            InfoField.EMAIL, List.of("Email"),
            InfoField.REPORT_DATE, List.of("Ngày lập", "Report date")));

    private SubmissionFormat() {
    }

    public static SheetSpec sheet(SheetKind kind) {
        return SHEETS.get(kind);
    }

    /** In workbook order: info, tasks, activities, spending. */
    public static List<SheetSpec> sheets() {
        return List.copyOf(SHEETS.values());
    }

    /** Canonical label of an info field ({@code Cơ quan báo cáo}, {@code Mã cơ quan}, {@code Năm}, …). */
    public static String infoLabel(InfoField field) {
        return INFO_LABELS.get(field).get(0);
    }

    /** The canonical label of an info field first, then its aliases. */
    public static List<String> infoLabels(InfoField field) {
        return INFO_LABELS.get(field);
    }

    private static List<ColumnSpec> taskColumns() {
        return List.of(
                optional(Field.STT, "STT", STT_ALIASES),
                required(Field.TASK_CODE, "Mã nhiệm vụ", TASK_CODE_ALIASES),
                optional(Field.TASK_CONTENT, "Nội dung nhiệm vụ", List.of("Nhiệm vụ", "Task")),
                required(Field.STATUS, "Tình trạng", List.of("Tiến độ", "Kết quả", "Status")),
                optional(Field.PERCENT, "Tỷ lệ hoàn thành (%)", List.of("Tỷ lệ (%)", "% hoàn thành", "Progress")),
                optional(Field.RESULTS, "Kết quả thực hiện", List.of("Kết quả đạt được", "Results")),
                optional(Field.ISSUES, "Khó khăn, vướng mắc", List.of("Khó khăn", "Issues")),
                optional(Field.PROPOSALS, "Đề xuất, kiến nghị", List.of("Kiến nghị", "Đề xuất", "Proposals")));
    }

    private static List<ColumnSpec> eventColumns() {
        return List.of(
                optional(Field.STT, "STT", STT_ALIASES),
                required(Field.TASK_CODE, "Mã nhiệm vụ", TASK_CODE_ALIASES),
                required(Field.ACTIVITY, "Tên hoạt động",
                        List.of("Tên sự kiện", "Nội dung hoạt động", "Activity")),
                optional(Field.EVENT_TYPE, "Loại hình", List.of("Hình thức", "Type")),
                required(Field.START, "Từ ngày", List.of("Thời gian", "Ngày bắt đầu", "Start")),
                optional(Field.END, "Đến ngày", List.of("Ngày kết thúc", "End")),
                optional(Field.LOCATION, "Địa điểm", List.of("Location")),
                optional(Field.COUNTRY, "Quốc gia", List.of("Nước", "Country")),
                optional(Field.PARTNER, "Đối tác", List.of("Địa phương đối tác", "Partner")),
                optional(Field.PARTICIPANTS, "Số người tham gia", List.of("Số lượng người tham gia", "Participants")),
                optional(Field.FOREIGN_GUESTS, "Số khách quốc tế", List.of("Khách nước ngoài", "Foreign guests")),
                optional(Field.OCOP, "Sản phẩm OCOP", List.of("Sản phẩm OCOP quảng bá")),
                optional(Field.HERITAGE, "Di tích, di sản", List.of("Di tích/di sản quảng bá")),
                optional(Field.NOTES, "Ghi chú", List.of("Notes")));
    }

    private static List<ColumnSpec> spendingColumns() {
        return List.of(
                optional(Field.STT, "STT", STT_ALIASES),
                required(Field.TASK_CODE, "Mã nhiệm vụ", TASK_CODE_ALIASES),
                optional(Field.ITEM, "Nội dung chi", List.of("Nội dung", "Item")),
                required(Field.SOURCE, "Nguồn kinh phí", List.of("Nguồn", "Source")),
                money(Field.ESTIMATE, "Dự toán", List.of("Kinh phí dự kiến", "Estimate"), false),
                money(Field.ALLOCATED, "Được duyệt", List.of("Được giao", "Kinh phí được cấp", "Allocated"), false),
                money(Field.SPENT, "Đã thực hiện",
                        List.of("Đã chi", "Đã giải ngân", "Kinh phí thực hiện", "Spent"), true));
    }

    private static ColumnSpec required(Field field, String header, List<String> aliases) {
        return new ColumnSpec(field, header, aliases, true, false);
    }

    private static ColumnSpec optional(Field field, String header, List<String> aliases) {
        return new ColumnSpec(field, header, aliases, false, false);
    }

    private static ColumnSpec money(Field field, String header, List<String> aliases, boolean required) {
        return new ColumnSpec(field, header, aliases, required, true);
    }
}
