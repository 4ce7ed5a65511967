package vn.daklak.ngoaivu.feedback;

/** What the agency should do after reading its feedback (SUBMISSION-FORMAT 3.7, 3.8). */
final class NextSteps {

    static final String LEGEND = "Ô tô đỏ: lỗi phải sửa. Ô tô màu cam: cảnh báo, nên kiểm tra lại. Dòng tô nhạt: vấn đề"
            + " của cả dòng. Di chuột vào ô có dấu ghi chú để đọc nội dung cần sửa. Danh sách đầy đủ ở sheet \"Lỗi\".";

    private NextSteps() {
    }

    static String text(boolean accepted, boolean noProblems) {
        if (!accepted) {
            return "Tệp chưa được tiếp nhận: không có số liệu nào của tệp được đưa vào tổng hợp. Hãy sửa tất cả các lỗi"
                    + " trong chính tệp gốc của đơn vị (không sửa trên tệp phản hồi này), rồi gửi lại toàn bộ tệp,"
                    + " không gửi riêng phần đã sửa. Giữ nguyên định dạng .xlsx, tên các sheet và dòng tiêu đề cột.";
        }
        if (noProblems) {
            return "Tệp đã được tiếp nhận, không cần làm gì thêm. Nếu cần bổ sung, hãy gửi lại toàn bộ tệp:"
                    + " tệp mới được chấp nhận sẽ thay thế tệp đã gửi trước đó.";
        }
        return "Tệp đã được tiếp nhận. Các cảnh báo không làm tệp bị từ chối nhưng đề nghị kiểm tra lại; nếu cần sửa,"
                + " hãy sửa trong tệp gốc và gửi lại toàn bộ tệp: tệp mới được chấp nhận sẽ thay thế tệp đã gửi trước đó.";
    }
}
