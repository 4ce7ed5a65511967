package vn.daklak.ngoaivu.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Not a timing test: checks that a large sheet is streamed through to its last row. */
class LargeSheetStreamingTest {

    private static final int DATA_ROWS = 20_000;

    @TempDir
    Path tmp;

    @Test
    void streamsEveryRowOfA20000RowSheet() throws Exception {
        Path file = tmp.resolve("lon.xlsx");
        write(file);
        AtomicInteger count = new AtomicInteger();
        AtomicInteger lastRow = new AtomicInteger();
        try (SpreadsheetFile workbook = SpreadsheetFile.open(file);
             Stream<SheetRow> rows = workbook.rows("Hoạt động")) {
            rows.skip(1).forEach(r -> {
                count.incrementAndGet();
                lastRow.set(r.rowNumber());
                assertThat(r.cell(0).text()).isEqualTo("NV" + (r.rowNumber() % 40 + 1));
            });
        }
        assertThat(count.get()).isEqualTo(DATA_ROWS);
        assertThat(lastRow.get()).isEqualTo(DATA_ROWS + 1);
    }

    private static void write(Path file) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Hoạt động");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Mã nhiệm vụ");
            header.createCell(1).setCellValue("Tên hoạt động");
            header.createCell(2).setCellValue("Số người tham gia");
            for (int i = 1; i <= DATA_ROWS; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("NV" + ((i + 1) % 40 + 1));
                row.createCell(1).setCellValue("Hoạt động giao lưu số " + i);
                row.createCell(2).setCellValue(i % 300);
            }
            wb.write(out);
            wb.dispose();
        }
    }
}
