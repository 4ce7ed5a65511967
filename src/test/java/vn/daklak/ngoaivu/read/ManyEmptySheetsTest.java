package vn.daklak.ngoaivu.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook of thousands of empty sheets costs what its content costs: the archive is opened once, not per sheet. */
class ManyEmptySheetsTest {

    private static final int SHEETS = 3_000;

    @TempDir
    Path tmp;

    @Test
    void readingEverySheetOpensTheArchiveOnce() throws IOException, UnreadableWorkbookException {
        Path file = emptySheets(tmp.resolve("nhieu-trang.xlsx"), SHEETS);
        long before = OoxmlMerges.archivesOpened();
        int rows = 0;
        try (SpreadsheetFile workbook = SpreadsheetFile.open(file)) {
            assertThat(workbook.sheetNames()).hasSize(SHEETS).startsWith("S1").endsWith("S" + SHEETS);
            for (String sheet : workbook.sheetNames()) {
                try (Stream<SheetRow> stream = workbook.rows(sheet)) {
                    rows += (int) stream.count();
                }
            }
        }
        assertThat(rows).isEqualTo(1);
        assertThat(OoxmlMerges.archivesOpened() - before).isEqualTo(1);
    }

    /** Sheets S1..Sn, all empty but the first, which holds one cell. */
    private static Path emptySheets(Path file, int n) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (int i = 1; i <= n; i++) {
                workbook.createSheet("S" + i);
            }
            workbook.getSheetAt(0).createRow(0).createCell(0).setCellValue("x");
            workbook.write(out);
        }
        return file;
    }
}
