package vn.daklak.ngoaivu.read;

/** The Vietnamese sentences an agency reads when its file cannot be read. */
final class ReadMessages {

    static final String EMPTY_FILE = "Tệp rỗng (0 byte) nên không đọc được. Hãy mở bảng tính bằng Excel, lưu lại "
            + "(File > Save As > Excel Workbook .xlsx) rồi gửi lại.";
    static final String NOT_A_WORKBOOK = "Tệp không phải là bảng tính Excel (.xlsx hoặc .xls) nên không đọc được "
            + "(có thể là tệp CSV, PDF hoặc Word bị đổi đuôi). Hãy mở bằng Excel, chọn File > Save As > "
            + "Excel Workbook (.xlsx) rồi gửi lại.";
    static final String ENCRYPTED = "Tệp được bảo vệ bằng mật khẩu nên không đọc được. Hãy gỡ mật khẩu "
            + "(File > Info > Protect Workbook) rồi gửi lại.";
    static final String OLD_EXCEL = "Tệp lưu theo định dạng Excel 5.0/95 quá cũ nên không đọc được. Hãy mở bằng "
            + "Excel, chọn File > Save As > Excel Workbook (.xlsx) rồi gửi lại.";
    static final String CORRUPT = "Tệp bị hỏng hoặc lưu chưa trọn vẹn nên không đọc được. Hãy mở tệp bằng Excel, "
            + "kiểm tra nội dung, lưu lại (File > Save As > Excel Workbook .xlsx) rồi gửi lại.";
    static final String MALFORMED = "Cấu trúc bên trong tệp không hợp lệ (có phần bị lặp tên hoặc mâu thuẫn), "
            + "các chương trình có thể đọc ra nội dung khác nhau nên hệ thống không nhận. Hãy mở tệp bằng Excel, lưu "
            + "lại (File > Save As > Excel Workbook .xlsx) rồi gửi lại.";
    static final String MACRO_ENABLED = "Tệp có chứa macro (VBA) nên hệ thống không nhận. Hãy mở tệp bằng Excel, "
            + "chọn File > Save As > Excel Workbook (.xlsx) (không chọn loại có macro .xlsm) rồi gửi lại.";
    private static final String TOO_LARGE = "Tệp quá lớn hoặc có cấu trúc nén bất thường (%s) nên hệ thống không "
            + "đọc, để tránh quá tải. Hãy xóa các trang, dòng và hình ảnh thừa, lưu lại bằng Excel (.xlsx) rồi gửi lại.";
    private static final String SHEET_UNREADABLE = "Không đọc được trang \"%s\"%s: nội dung bị hỏng hoặc bất thường. "
            + "Hãy mở tệp bằng Excel, lưu lại (File > Save As > Excel Workbook .xlsx) rồi gửi lại.";
    private static final String NO_SUCH_SHEET = "Không có trang \"%s\" trong tệp.";

    private ReadMessages() {
    }

    static String tooLarge(String why) {
        return TOO_LARGE.formatted(why);
    }

    static String sheetUnreadable(String sheet, int afterRow) {
        return SHEET_UNREADABLE.formatted(sheet, afterRow > 0 ? " (sau dòng " + afterRow + ")" : "");
    }

    static String noSuchSheet(String sheet) {
        return NO_SUCH_SHEET.formatted(sheet);
    }
}
