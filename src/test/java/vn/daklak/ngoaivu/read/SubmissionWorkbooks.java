package vn.daklak.ngoaivu.read;

import java.text.Normalizer;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Workbook;
import vn.daklak.ngoaivu.read.SheetWriter.Formula;
import vn.daklak.ngoaivu.read.SheetWriter.Percent;

/** The content of the submission-like fixture workbooks (see {@link FixtureWorkbooks}). */
final class SubmissionWorkbooks {

    private SubmissionWorkbooks() {
    }

    /** A tidy submission: the four canonical sheets, headers on row 1, a task code merged down over 3 activities. */
    static void normal(Workbook wb) {
        new SheetWriter(wb, "Thông tin chung")
                .row(1, "Cơ quan báo cáo", "Sở Văn hóa, Thể thao và Du lịch")
                .row(2, "Mã cơ quan", "SVHTTDL")
                .row(3, "Năm", 2024)
                .row(4, "Kỳ báo cáo", "Cả năm")
                .row(5, "Người lập", "Nguyễn Thị Hoà")
                .row(6, "Ngày lập", LocalDate.of(2024, 12, 10));
        new SheetWriter(wb, "Nhiệm vụ")
                .row(1, "STT", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Tình trạng", "Tỷ lệ hoàn thành (%)",
                        "Kết quả thực hiện", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị")
                .row(2, 1, "NV01", "Giao lưu văn hóa tại Jeollabuk", "Hoàn thành", new Percent(1.0), "Đã tổ chức")
                .row(3, 2, "NV02", "Tuần văn hóa Đắk Lắk tại Nam Lào", "Đang thực hiện", new Percent(0.85));
        new SheetWriter(wb, "Hoạt động")
                .row(1, "Mã nhiệm vụ", "Tên hoạt động", "Loại hình", "Từ ngày", "Đến ngày", "Địa điểm", "Quốc gia",
                        "Số người tham gia", "Số khách quốc tế")
                .row(2, "NV01", "Biểu diễn cồng chiêng", "Giao lưu văn hóa nghệ thuật", LocalDate.of(2024, 3, 15),
                        LocalDate.of(2024, 3, 18), "Jeonju", "Hàn Quốc", 40, 12)
                .row(3, null, "Triển lãm ảnh Tây Nguyên", "Hội chợ, triển lãm", LocalDate.of(2024, 3, 16), null,
                        "Jeonju", "Hàn Quốc", 25, 300)
                .row(4, null, "Hội thảo du lịch", "Hội nghị, hội thảo", "20/03/2024", null, "Jeonju", "KR", 60, 20)
                .merge("A2:A4");
        new SheetWriter(wb, "Kinh phí")
                .row(1, "Mã nhiệm vụ", "Nội dung chi", "Nguồn kinh phí", "Dự toán", "Được duyệt", "Đã thực hiện")
                .row(2, "NV01", "Vé máy bay", "Ngân sách nhà nước", 500_000_000L, 450_000_000L, 430_000_000L)
                .row(3, "NV02", "Thuê gian hàng", "Xã hội hóa", 200_000_000L, 200_000_000L, 150_000_000L);
    }

    /** Aliases instead of names, titles, units, sections, totals and a header that is not on row 1. */
    static void messy(Workbook wb) {
        new SheetWriter(wb, "Thong tin")
                .row(1, "THÔNG TIN CHUNG VỀ BÁO CÁO")
                .row(3, "Đơn vị báo cáo:", "UBND huyện Lắk")
                .row(4, "Năm báo cáo", "2024")
                .row(5, "Period", "6 tháng đầu năm");
        new SheetWriter(wb, "Sheet2")
                .row(1, "Tiến độ thực hiện các nhiệm vụ")
                .row(3, "Task code", "Progress\n(%)", "Status", "Task")
                .row(4, "NV03", new Percent(0.5), "In progress", "Giao lưu với Mondulkiri");
        new SheetWriter(wb, "Sự kiện")
                .row(1, "STT", "Tên  sự kiện", "Từ\nngày", "Mã nhiệm vụ", "Quốc gia", "Ghi chú")
                .row(2, "I", "Hoạt động ở nước ngoài").merge("B2:F2")
                .row(3, 1, "Đoàn ra Mondulkiri", LocalDate.of(2024, 4, 2), "NV03", "Campuchia")
                .row(4, 2, "Giao lưu thể thao", LocalDate.of(2024, 4, 3), null, "Campuchia", "bóng chuyền")
                .merge("D3:D4")
                .row(5, "II. Hoạt động trong tỉnh");
        new SheetWriter(wb, "Budget")
                .row(1, "BÁO CÁO KINH PHÍ THỰC HIỆN KẾ HOẠCH NĂM 2024").merge("A1:G1")
                .row(2, "Đơn vị tính: triệu đồng").merge("A2:G2")
                .row(4, "STT", "Nguồn\nkinh phí", "Mã NV", "Dự toán", "Đã chi\n(nghìn đồng)", "Nội dung",
                        "Ghi chú thêm")
                .row(5, "I", "Nhiệm vụ trọng tâm")
                .row(6, 1, "NSNN", "NV03", 120, 95_000L, "Xe đưa đón")
                .row(7, 2, "XHH", "NV03", 30, 28_500L, "Quà tặng")
                .row(8, "Tổng cộng", null, null, new Formula("SUM(D6:D7)", "#"), new Formula("SUM(E6:E7)", "#"));
    }

    /** Sheet names, headers and cells written in decomposed Unicode (NFD), some with old tone placement. */
    static void nfd(Workbook wb) {
        new SheetWriter(wb, nfd("Thông tin chung"))
                .row(1, nfd("Cơ quan báo cáo"), nfd("Ủy ban nhân dân tỉnh Đắk Lắk"))
                .row(2, nfd("Năm"), 2024)
                .row(3, nfd("Kỳ báo cáo"), nfd("Năm"));
        new SheetWriter(wb, nfd("Nhiệm vụ"))
                .row(1, nfd("Mã nhiệm vụ"), nfd("Tình trạng"), nfd("Kết quả thực hiện"))
                .row(2, "NV01", nfd("Đã hoàn thành"), nfd("Giao lưu văn hoá Đắk Lắk"));
    }

    /** Totals and dates as formulas; a spreadsheet program stores their cached values when it saves. */
    static void formulas(Workbook wb) {
        new SheetWriter(wb, "Kinh phí")
                .row(1, "Mã nhiệm vụ", "Nguồn kinh phí", "Dự toán", "Đã thực hiện", "Tỷ lệ (%)", "Ngày chi")
                .row(2, "NV01", "NSNN", 500_000_000L, 430_000_000L, new Formula("D2/C2", "%"),
                        new Formula("DATE(2024,3,15)", "date"))
                .row(3, new Formula("\"NV\"&\"02\"", "#"), "XHH", 200_000_000L, 150_000_000L,
                        new Formula("D3/C3", "%"), new Formula("DATE(2024,4,1)", "date"))
                .row(4, "Tổng cộng", null, new Formula("SUM(C2:C3)", "#"), new Formula("SUM(D2:D3)", "#"));
    }

    static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }
}
