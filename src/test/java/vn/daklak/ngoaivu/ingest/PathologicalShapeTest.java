package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Valid workbooks of a pathological shape: a task on the sheet's very last row (1,048,576), a cell in its very last
 * column (XFD) beside a task, and an extra sheet with one row of 16,384 filled cells. Each is read by streaming what
 * is there: the outcome is the valid report's, without a problem (a cell outside the table's columns is not part of
 * the report), and time and memory follow the content, not the sheet's extent (printed by {@link #measure} for the
 * note, not asserted: a timed assertion fails on a busy machine).
 */
class PathologicalShapeTest {

    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getMaxRows();        // 1,048,576
    private static final int LAST_COLUMN = SpreadsheetVersion.EXCEL2007.getLastColumnIndex(); // XFD, 16,383

    private final SubmissionChecker checker = new SubmissionChecker(TestReference.load());

    @TempDir
    Path dir;

    @Test
    void aTaskOnTheVeryLastRowOfTheSheetIsReadWithItsRowNumber() throws IOException {
        Path file = TestWorkbook.valid2024().writeXlsx(dir.resolve("dong-cuoi.xlsx"));
        withCells(file, "Nhiệm vụ", LAST_ROW - 1, java.util.Map.of(0, 3, 1, "NV03", 2, "Hội thảo quốc tế",
                3, "Hoàn thành", 4, 100));

        CheckResult result = measure("dong-cuoi", file);

        assertThat(result.rejected()).isFalse();
        assertThat(result.tasks()).extracting(TaskRow::taskCode, TaskRow::rowNo).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NV01", 4), org.assertj.core.groups.Tuple.tuple("NV02", 5),
                org.assertj.core.groups.Tuple.tuple("NV03", LAST_ROW));
        assertThat(result.problems()).extracting(SubmissionValidator::describe).isEmpty();
    }

    @Test
    void aCellInTheLastColumnXfdOfATaskRowLeavesTheRowRead() throws IOException {
        Path file = TestWorkbook.valid2024().writeXlsx(dir.resolve("cot-cuoi.xlsx"));
        withCells(file, "Nhiệm vụ", 3, java.util.Map.of(LAST_COLUMN, "ghi chú ở cột XFD"));

        CheckResult result = measure("cot-cuoi", file);

        assertThat(result.rejected()).isFalse();
        assertThat(result.tasks()).extracting(TaskRow::taskCode).containsExactly("NV01", "NV02");
        assertThat(result.problems()).extracting(SubmissionValidator::describe).isEmpty();
    }

    @Test
    void anExtraSheetWithARowOfSixteenThousandCellsIsLeftAsideAndTheReportIsRead() throws IOException {
        Path file = TestWorkbook.valid2024().writeXlsx(dir.resolve("hang-rong.xlsx"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFRow row = workbook.createSheet("Phụ lục").createRow(0);
            for (int c = 0; c <= LAST_COLUMN; c++) {
                row.createCell(c).setCellValue(c);
            }
            save(workbook, file);
        }

        CheckResult result = measure("hang-rong", file);

        assertThat(result.rejected()).isFalse();
        assertThat(result.tasks()).extracting(TaskRow::taskCode).containsExactly("NV01", "NV02");
        assertThat(result.problems()).extracting(SubmissionValidator::describe).isEmpty();
    }

    /** Sets cells (column to value) of one row (0-based) of one sheet of a written workbook. */
    private static void withCells(Path file, String sheet, int row, java.util.Map<Integer, Object> cells)
            throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFRow target = workbook.getSheet(sheet).getRow(row) != null ? workbook.getSheet(sheet).getRow(row)
                    : workbook.getSheet(sheet).createRow(row);
            cells.forEach((column, value) -> {
                if (value instanceof Number n) {
                    target.createCell(column).setCellValue(n.doubleValue());
                } else {
                    target.createCell(column).setCellValue(value.toString());
                }
            });
            save(workbook, file);
        }
    }

    private static void save(XSSFWorkbook workbook, Path file) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(next)) {
            workbook.write(out);
        }
        Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Checks the file and prints its size, the time and the heap it took (for the note; never asserted). */
    private CheckResult measure(String name, Path file) throws IOException {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        CheckResult result = checker.check(file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("MEASURE %s: %d bytes, %d ms, heap +%d KiB%n", name, Files.size(file), millis,
                (heapAfter - heapBefore) / 1024);
        return result;
    }
}
