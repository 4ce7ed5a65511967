package vn.daklak.ngoaivu.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;
import vn.daklak.ngoaivu.read.SpreadsheetFile;

/**
 * The feedback workbook of an agency workbook of {@code rows} rows with a problem every 500 rows: made at the package
 * level (what the ingest does) against the value-by-value copy it replaced (still the fallback).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FeedbackCopyBenchmark {

    @Param({"20", "20000"})
    public int rows;

    private Path dir;
    private FeedbackRequest request;

    @Setup(Level.Trial)
    public void workbook() throws IOException {
        dir = Files.createTempDirectory("ngvh-jmh-feedback");
        Path original = dir.resolve("lon.xlsx");
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(original)) {
            Sheet sheet = wb.createSheet("Hoạt động");
            for (int r = 0; r < rows; r++) {
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
        List<Problem> problems = new ArrayList<>();
        for (int r = 2; r <= rows; r += 500) {
            problems.add(new Problem("Hoạt động", r, 0, "A", "NV99", Severity.ERROR, "T", "Sửa mã."));
        }
        request = new FeedbackRequest(original, "lon.xlsx", null, 2024, "YEAR", false, problems,
                dir.resolve("kq.xlsx"), dir.resolve("kq.csv"));
    }

    @TearDown(Level.Trial)
    public void clean() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public FeedbackFiles packageLevel() throws IOException {
        return new FeedbackWriter(SpreadsheetFile::open, CommentWriter.MAX_COMMENTS, true).write(request);
    }

    @Benchmark
    public FeedbackFiles valueByValue() throws IOException {
        return new FeedbackWriter(SpreadsheetFile::open, CommentWriter.MAX_COMMENTS, false).write(request);
    }
}
