package vn.daklak.ngoaivu.feedback;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import vn.daklak.ngoaivu.support.ExcelCsv;

/** The CSV twin of the {@code Lỗi} sheet, in the {@link ExcelCsv} dialect (its cells are escaped already). */
final class FeedbackCsvWriter {

    private FeedbackCsvWriter() {
    }

    static void write(List<FeedbackRow> rows, Path out) throws IOException {
        try (CSVPrinter csv = ExcelCsv.open(out, FeedbackRow.HEADERS)) {
            for (FeedbackRow row : rows) {
                csv.printRecord(row.cells());
            }
        }
    }
}
