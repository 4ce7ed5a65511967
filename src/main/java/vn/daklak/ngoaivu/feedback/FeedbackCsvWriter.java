package vn.daklak.ngoaivu.feedback;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV twin of the {@code Lỗi} sheet: UTF-8 with a BOM so that Excel shows the Vietnamese text, RFC 4180. */
final class FeedbackCsvWriter {

    private static final char BOM = '\uFEFF';

    private FeedbackCsvWriter() {
    }

    static void write(List<FeedbackRow> rows, Path out) throws IOException {
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write(BOM);
            csv.printRecord(FeedbackRow.HEADERS);
            for (FeedbackRow row : rows) {
                csv.printRecord(row.cells());
            }
        }
    }
}
