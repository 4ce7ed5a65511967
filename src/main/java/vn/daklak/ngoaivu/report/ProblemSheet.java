package vn.daklak.ngoaivu.report;

/** Sheet "Chất lượng dữ liệu": every problem found in the period's files. */
final class ProblemSheet {

    static final String NAME = "Chất lượng dữ liệu";

    private ProblemSheet() {
    }

    static void write(WorkbookSheets sheets, PeriodFigures f) {
        TableSheet table = sheets.table(NAME, "Các lỗi và cảnh báo trong tệp báo cáo",
                "Cơ quan", "Tệp", "Trạng thái tệp", "Ngày nhận", "Mức độ", "Trang", "Dòng", "Cột", "Giá trị đọc được",
                "Nội dung");
        f.problems().forEach(p -> {
            table.row(p.agencyCode() == null ? "(chưa xác định)" : p.agencyCode(), p.fileName(),
                    Labels.fileStatus(p.submissionStatus()), p.receivedAt(), Labels.severity(p.severity()),
                    p.sheet(), p.rowNo(), p.column(), p.rawValue(), p.message());
        });
        table.finish();
    }
}
