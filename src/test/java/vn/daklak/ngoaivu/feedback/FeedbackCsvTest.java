package vn.daklak.ngoaivu.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;
import vn.daklak.ngoaivu.support.ExcelCsv;

class FeedbackCsvTest {

    @TempDir
    Path dir;

    @Test
    void startsWithUtf8BomAndVietnameseHeader() throws IOException {
        Path csv = write(List.of(Problem.fileError("X", "Thiếu sheet.")));

        byte[] bytes = Files.readAllBytes(csv);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(records(csv).get(0).toList())
                .containsExactly("Sheet", "Dòng", "Cột", "Giá trị đã đọc", "Mức độ", "Nội dung cần sửa");
    }

    @Test
    void formulaLikeCellsAreEscapedAndQuotingFollowsRfc4180WithSemicolons() throws IOException {
        List<Problem> problems = List.of(
                Problems.cell(Severity.ERROR, "Kinh phí", 5, 5, "Đã thực hiện", "=SUM(A1:A9)",
                        "Số tiền không đọc được,\nhãy ghi \"1.250.000\"."),
                Problems.cell(Severity.ERROR, "Kinh phí", 6, 5, "Đã thực hiện", "-5000", "Số tiền âm."),
                Problems.cell(Severity.WARNING, "Kinh phí", 7, 5, "Đã thực hiện", "@x", "Xem lại."),
                Problems.cell(Severity.WARNING, "Kinh phí", 8, 5, "Đã thực hiện", "\tx", "+ Xem lại."));

        List<CSVRecord> records = records(write(problems));

        assertThat(records).hasSize(5);
        assertThat(records.get(1).toList()).containsExactly("Kinh phí", "5", "F (Đã thực hiện)", "'=SUM(A1:A9)",
                "Lỗi", "Số tiền không đọc được,\nhãy ghi \"1.250.000\".");
        assertThat(records.get(2).get(3)).isEqualTo("'-5000");
        assertThat(records.get(3).get(3)).isEqualTo("'@x");
        assertThat(records.get(3).get(4)).isEqualTo("Cảnh báo");
        assertThat(records.get(4).get(3)).isEqualTo("'\tx");
        assertThat(records.get(4).get(5)).isEqualTo("'+ Xem lại.");
    }

    @Test
    void rejectedFileWithoutProblemsStillHasItsHeader() throws IOException {
        Path csv = dir.resolve("kq.csv");
        FeedbackCsvWriter.write(FeedbackRow.of(List.of(), false), csv);

        assertThat(records(csv)).hasSize(1);
    }

    private Path write(List<Problem> problems) throws IOException {
        Path csv = dir.resolve("kq.csv");
        FeedbackCsvWriter.write(FeedbackRow.of(problems, false), csv);
        return csv;
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8).substring(1);
        try (Reader reader = new java.io.StringReader(text)) {
            return ExcelCsv.FORMAT.parse(reader).getRecords();
        }
    }
}
