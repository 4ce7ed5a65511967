package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.daklak.ngoaivu.format.ColumnSpec;
import vn.daklak.ngoaivu.format.HeaderDetector;
import vn.daklak.ngoaivu.format.HeaderMatch;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;
import vn.daklak.ngoaivu.format.SheetSpec;
import vn.daklak.ngoaivu.read.SheetRow;
import vn.daklak.ngoaivu.read.SpreadsheetFile;

/** The header row of one present table sheet (3.2): required headers present, extra columns noted. */
final class SheetHeaderCheck {

    private SheetHeaderCheck() {
    }

    /** The sheet's header when complete; every problem found is added to {@code problems}. */
    static Optional<HeaderMatch> check(SpreadsheetFile file, SheetSpec spec, String sheetName, List<Problem> problems)
            throws IOException {
        List<SheetRow> firstRows;
        try (Stream<SheetRow> rows = file.rows(sheetName)) {
            firstRows = rows.takeWhile(row -> row.rowNumber() <= HeaderDetector.MAX_HEADER_ROW).toList();
        }
        Optional<HeaderMatch> found = HeaderDetector.detect(spec, firstRows);
        if (found.isEmpty()) {
            problems.add(sheetError(sheetName, null, "HEADER_NOT_FOUND", "Trang \"" + sheetName + "\" không có dòng"
                    + " tiêu đề cột trong " + HeaderDetector.MAX_HEADER_ROW + " dòng đầu. Hãy giữ dòng tiêu đề theo"
                    + " mẫu, có đủ các cột bắt buộc: " + Messages.quoted(headers(required(spec))) + "."));
            return Optional.empty();
        }
        HeaderMatch match = found.get();
        unknownColumns(sheetName, match, problems);
        if (!match.complete()) {
            List<String> missing = headers(match.missingRequired());
            problems.add(sheetError(sheetName, match.headerRow(), "MISSING_REQUIRED_HEADER", "Trang \"" + sheetName
                    + "\" thiếu cột bắt buộc " + Messages.quoted(missing) + " ở dòng tiêu đề (dòng "
                    + match.headerRow() + "). Hãy thêm cột này, đặt tên đúng như mẫu báo cáo."));
            return Optional.empty();
        }
        return found;
    }

    private static void unknownColumns(String sheetName, HeaderMatch match, List<Problem> problems) {
        for (Map.Entry<Integer, String> column : match.unknownColumns().entrySet()) {
            problems.add(new Problem(sheetName, match.headerRow(), column.getKey(),
                    match.columnLabel(column.getKey()), column.getValue(), Severity.WARNING, "UNKNOWN_COLUMN",
                    "Cột \"" + column.getValue() + "\" không có trong mẫu báo cáo nên bị bỏ qua. Nếu cột chứa số liệu"
                            + " cần báo cáo, hãy chuyển sang đúng cột của mẫu."));
        }
    }

    private static List<ColumnSpec> required(SheetSpec spec) {
        return spec.columns().stream().filter(ColumnSpec::required).toList();
    }

    private static List<String> headers(List<ColumnSpec> columns) {
        return columns.stream().map(ColumnSpec::header).toList();
    }

    private static Problem sheetError(String sheetName, Integer row, String code, String message) {
        return new Problem(sheetName, row, null, null, null, Severity.ERROR, code, message);
    }
}
