package vn.daklak.ngoaivu.template;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.daklak.ngoaivu.normalize.AgencyRef;
import vn.daklak.ngoaivu.support.WrappedText;

/**
 * The {@code Hướng dẫn} sheet: how to fill each sheet, in plain Vietnamese, one paragraph a row, wrapped in a column
 * that fits an A4 portrait page and in a row tall enough for it (Excel does not grow rows by itself), so that no
 * paragraph overlaps the next or runs off the page.
 */
final class InstructionsSheet {

    /**
     * Fits an A4 portrait page at 100% within {@link #SIDE_MARGIN_INCHES} margins, as rendered by LibreOffice (which
     * does not shrink a single column to the page width, and draws Calibri with a wider substitute font).
     */
    static final int WIDTH_CHARS = 75;
    static final double SIDE_MARGIN_INCHES = 0.5;
    static final int TEXT_POINTS = 11;
    static final int TITLE_POINTS = 14;

    private final TemplateStyles styles;

    InstructionsSheet(TemplateStyles styles) {
        this.styles = styles;
    }

    void write(Workbook workbook, int year, AgencyRef agencyOrNull, int prefilledTasks) {
        Sheet sheet = workbook.createSheet(TemplateFormat.INSTRUCTIONS);
        sheet.setColumnWidth(0, WIDTH_CHARS * 256);
        int r = 0;
        r = put(sheet, r, "HƯỚNG DẪN LẬP BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NGOẠI GIAO VĂN HÓA NĂM " + year, true);
        if (agencyOrNull != null) {
            r = put(sheet, r, "Mẫu dành cho: " + agencyOrNull.name() + " (mã " + agencyOrNull.code() + ")", true);
        }
        for (String paragraph : paragraphs(year, agencyOrNull, prefilledTasks)) {
            r = put(sheet, r, paragraph, paragraph.endsWith(":"));
        }
        TableSheet.a4Portrait(sheet);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN_INCHES);
    }

    private int put(Sheet sheet, int rowIndex, String text, boolean heading) {
        Row row = sheet.createRow(rowIndex);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(heading ? styles.title() : styles.text());
        row.setHeightInPoints(WrappedText.heightInPoints(text, WIDTH_CHARS, heading ? TITLE_POINTS : TEXT_POINTS));
        return rowIndex + 1;
    }

    private static List<String> paragraphs(int year, AgencyRef agency, int prefilledTasks) {
        List<String> p = new ArrayList<>();
        p.add("Những điều chung:");
        p.add("• Mỗi tệp là báo cáo của một cơ quan cho một kỳ (6 tháng hoặc cả năm " + year + "). Gửi tệp đúng hạn"
                + " theo văn bản đề nghị của Sở Ngoại vụ; sau khi tiếp nhận, đơn vị sẽ nhận được tệp phản hồi kết quả.");
        p.add("• Giữ nguyên định dạng .xlsx. Không đổi tên tệp sang định dạng khác (.xls, .csv, .pdf…), không đặt mật"
                + " khẩu, không đổi tên các sheet và các dòng tiêu đề cột.");
        p.add("• Các ô có mũi tên thả xuống: chọn giá trị trong danh sách. Ngày ghi theo dạng ngày/tháng/năm"
                + " (ví dụ 15/03/" + year + "). Số tiền ghi bằng đồng, là số nguyên, không kèm chữ «triệu», «tỷ»"
                + " (ví dụ 1250000000). Tỷ lệ hoàn thành ghi số từ 0 đến 100.");
        p.add("• Kỳ 6 tháng gồm số liệu từ 15/12/" + (year - 1) + " đến 14/6/" + year + "; kỳ năm từ 15/12/"
                + (year - 1) + " đến 14/12/" + year + " (Nghị định 09/2019/NĐ-CP).");
        p.add("• Muốn sửa báo cáo đã gửi: sửa trong tệp và gửi lại toàn bộ tệp; tệp mới được chấp nhận sẽ thay thế"
                + " tệp cũ.");
        p.add("Sheet «" + TemplateFormat.INFO + "»:");
        p.add("• Ghi tên cơ quan (hoặc mã cơ quan), năm, và chọn kỳ báo cáo «6 tháng» hoặc «Năm». Người lập, điện"
                + " thoại, email, ngày lập để Sở Ngoại vụ liên hệ khi cần.");
        p.add("Sheet «" + TemplateFormat.TASKS + "»:");
        p.add(tasksParagraph(year, agency, prefilledTasks));
        p.add("• Chọn Tình trạng: " + String.join("; ", TemplateLists.statuses()) + ". Nhiệm vụ «Hoàn thành» thì"
                + " tỷ lệ là 100. Ghi kết quả cụ thể, khó khăn và kiến nghị nếu có.");
        p.add("Sheet «" + TemplateFormat.EVENTS + "»:");
        p.add("• Mỗi hoạt động, sự kiện một dòng: mã nhiệm vụ, tên hoạt động, loại hình ("
                + String.join("; ", TemplateLists.eventTypes()) + "), từ ngày, đến ngày (để trống nếu diễn ra"
                + " trong một ngày), địa điểm, quốc gia nơi diễn ra (để trống là Việt Nam), địa phương đối tác, số"
                + " người tham gia, số khách quốc tế (không lớn hơn số người tham gia).");
        p.add("Sheet «" + TemplateFormat.SPENDING + "»:");
        p.add("• Mỗi khoản chi một dòng: mã nhiệm vụ, nội dung chi, nguồn kinh phí ("
                + String.join("; ", TemplateLists.sources()) + "), dự toán, được duyệt và đã thực hiện, đều tính"
                + " bằng đồng. Cột «Đã thực hiện» bắt buộc.");
        return p;
    }

    private static String tasksParagraph(int year, AgencyRef agency, int prefilledTasks) {
        if (agency == null) {
            return "• Đã ghi sẵn " + prefilledTasks + " nhiệm vụ của Kế hoạch năm " + year + " (mã và nội dung):"
                    + " báo cáo các nhiệm vụ đơn vị chủ trì hoặc phối hợp, xóa các dòng không liên quan.";
        }
        if (prefilledTasks == 0) {
            return "• Đơn vị không được giao chủ trì hoặc phối hợp nhiệm vụ nào trong Kế hoạch năm " + year + "."
                    + " Nếu có tham gia thực hiện, hãy thêm dòng và chọn mã nhiệm vụ trong danh sách.";
        }
        return "• Đã ghi sẵn " + prefilledTasks + " nhiệm vụ đơn vị chủ trì (ở trên) hoặc phối hợp (ở dưới) trong"
                + " Kế hoạch năm " + year + ". Báo cáo từng dòng; nếu có tham gia nhiệm vụ khác, thêm dòng và chọn"
                + " mã nhiệm vụ trong danh sách.";
    }
}
