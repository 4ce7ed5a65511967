package vn.daklak.ngoaivu.template;

import java.util.List;

/**
 * Sheet names, headers and info labels of the template: the canonical ones of SUBMISSION-FORMAT 3. Money headers
 * carry the unit {@code (đồng)} so that nobody reports in millions by habit.
 */
final class TemplateFormat {

    static final String INSTRUCTIONS = "Hướng dẫn";
    static final String INFO = "Thông tin chung";
    static final String TASKS = "Nhiệm vụ";
    static final String EVENTS = "Hoạt động";
    static final String SPENDING = "Kinh phí";
    static final String CODE_LISTS = "Danh mục";

    static final String AGENCY = "Cơ quan báo cáo";
    static final String AGENCY_CODE = "Mã cơ quan";
    static final String YEAR = "Năm";
    static final String PERIOD = "Kỳ báo cáo";
    static final List<String> CONTACT_LABELS = List.of("Người lập", "Điện thoại", "Email");
    static final String REPORT_DATE = "Ngày lập";
    static final List<String> PERIODS = List.of("6 tháng", "Năm");

    static final List<TemplateColumn> TASK_COLUMNS = List.of(
            new TemplateColumn("STT", 6, ColumnKind.ROW_NUMBER),
            new TemplateColumn("Mã nhiệm vụ", 12, ColumnKind.TASK_CODE),
            new TemplateColumn("Nội dung nhiệm vụ", 50, ColumnKind.TEXT),
            new TemplateColumn("Tình trạng", 20, ColumnKind.STATUS),
            new TemplateColumn("Tỷ lệ hoàn thành (%)", 14, ColumnKind.PERCENT),
            new TemplateColumn("Kết quả thực hiện", 45, ColumnKind.TEXT),
            new TemplateColumn("Khó khăn, vướng mắc", 35, ColumnKind.TEXT),
            new TemplateColumn("Đề xuất, kiến nghị", 35, ColumnKind.TEXT));

    static final List<TemplateColumn> EVENT_COLUMNS = List.of(
            new TemplateColumn("Mã nhiệm vụ", 12, ColumnKind.TASK_CODE),
            new TemplateColumn("Tên hoạt động", 40, ColumnKind.TEXT),
            new TemplateColumn("Loại hình", 26, ColumnKind.EVENT_TYPE),
            new TemplateColumn("Từ ngày", 12, ColumnKind.DATE),
            new TemplateColumn("Đến ngày", 12, ColumnKind.DATE),
            new TemplateColumn("Địa điểm", 25, ColumnKind.TEXT),
            new TemplateColumn("Quốc gia", 16, ColumnKind.COUNTRY),
            new TemplateColumn("Đối tác", 28, ColumnKind.PARTNER),
            new TemplateColumn("Số người tham gia", 12, ColumnKind.COUNT),
            new TemplateColumn("Số khách quốc tế", 12, ColumnKind.COUNT),
            new TemplateColumn("Sản phẩm OCOP", 25, ColumnKind.TEXT),
            new TemplateColumn("Di tích, di sản", 25, ColumnKind.TEXT),
            new TemplateColumn("Ghi chú", 30, ColumnKind.TEXT));

    static final List<TemplateColumn> SPENDING_COLUMNS = List.of(
            new TemplateColumn("Mã nhiệm vụ", 12, ColumnKind.TASK_CODE),
            new TemplateColumn("Nội dung chi", 40, ColumnKind.TEXT),
            new TemplateColumn("Nguồn kinh phí", 22, ColumnKind.SOURCE),
            new TemplateColumn("Dự toán (đồng)", 18, ColumnKind.MONEY),
            new TemplateColumn("Được duyệt (đồng)", 18, ColumnKind.MONEY),
            new TemplateColumn("Đã thực hiện (đồng)", 18, ColumnKind.MONEY));

    private TemplateFormat() {
    }
}
