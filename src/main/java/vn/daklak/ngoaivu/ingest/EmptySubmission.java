package vn.daklak.ngoaivu.ingest;

import vn.daklak.ngoaivu.format.Problem;

/**
 * A readable workbook without a single data row in its tables says nothing, and accepting it would replace the
 * agency's real report of the period with nothing. It is rejected instead, with this one error, by the ingest job and
 * by {@code validate} alike.
 */
final class EmptySubmission {

    static final Problem PROBLEM = Problem.fileError("NO_DATA_ROWS", "Tệp không có dòng dữ liệu nào ở các trang "
            + "\"Nhiệm vụ\", \"Hoạt động\" và \"Kinh phí\" nên không được nhận (báo cáo đã gửi trước đó, nếu có, vẫn "
            + "được giữ). Hãy điền các nhiệm vụ được giao vào trang \"Nhiệm vụ\" (và hoạt động, kinh phí nếu có) rồi "
            + "gửi lại.");

    private EmptySubmission() {
    }

    /** Whether a file with {@code errors} errors and {@code rows} data rows is rejected for being empty. */
    static boolean isEmpty(int errors, long rows) {
        return errors == 0 && rows == 0;
    }
}
