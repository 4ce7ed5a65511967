package vn.daklak.ngoaivu.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;

/** The writer with the production reader ({@code SpreadsheetFile.open}). */
class FeedbackWriterRealReaderTest {

    private static final int BIG_ROWS = 100_000;

    @TempDir
    Path dir;

    private final FeedbackWriter writer = new FeedbackWriter();

    @Test
    void emptyFileGetsOnlyResultAndProblemSheets() throws IOException {
        Path empty = Files.createFile(dir.resolve("rong.xlsx"));
        Problem problem = Problem.fileError("EMPTY_FILE", "Tệp rỗng (0 byte). Hãy gửi lại tệp báo cáo đầy đủ.");

        FeedbackFiles files = writer.write(request(empty, List.of(problem)));

        assertThat(sheetNames(files.xlsx())).containsExactly("Kết quả", "Lỗi");
    }

    @Test
    void hundredThousandRowWorkbookIsCopiedWhole() throws IOException {
        Path big = bigWorkbook();
        List<Problem> problems = new ArrayList<>();
        for (int row = 2; row <= BIG_ROWS; row += 50) {
            problems.add(Problems.cell(Severity.ERROR, "Hoạt động", row, 0, "Mã nhiệm vụ", "NV99", "Sửa mã."));
        }

        FeedbackFiles files = writer.write(request(big, problems));

        assertThat(sheetNames(files.xlsx())).containsExactly("Kết quả", "Hoạt động", "Lỗi");
        try (InputStream in = Files.newInputStream(files.xlsx()); ReadableWorkbook wb = new ReadableWorkbook(in);
             Stream<org.dhatim.fastexcel.reader.Row> rows = wb.findSheet("Hoạt động").orElseThrow().openStream()) {
            assertThat(rows.count()).isEqualTo(BIG_ROWS);
        }
        try (InputStream in = Files.newInputStream(files.xlsx()); ReadableWorkbook wb = new ReadableWorkbook(in);
             Stream<org.dhatim.fastexcel.reader.Row> rows = wb.findSheet("Lỗi").orElseThrow().openStream()) {
            assertThat(rows.count()).isEqualTo(problems.size() + 1L);
        }
        assertThat(Files.readAllLines(files.csv())).hasSize(problems.size() + 1);
    }

    private Path bigWorkbook() throws IOException {
        Path path = dir.resolve("lon.xlsx");
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(path)) {
            Sheet sheet = wb.createSheet("Hoạt động");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Mã nhiệm vụ");
            header.createCell(1).setCellValue("Tên hoạt động");
            header.createCell(2).setCellValue("Số người tham gia");
            for (int r = 1; r < BIG_ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("NV0" + (r % 9 + 1));
                row.createCell(1).setCellValue("Hoạt động giao lưu số " + r);
                row.createCell(2).setCellValue(r % 300);
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
        return path;
    }

    private FeedbackRequest request(Path original, List<Problem> problems) {
        return new FeedbackRequest(original, original.getFileName().toString(), null, null, null, false, problems,
                dir.resolve("out/kq.xlsx"), dir.resolve("out/kq.csv"));
    }

    private static List<String> sheetNames(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            return wb.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList();
        }
    }
}
