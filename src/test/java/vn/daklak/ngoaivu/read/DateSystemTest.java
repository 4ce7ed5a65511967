package vn.daklak.ngoaivu.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daklak.ngoaivu.read.Fixtures.row;
import static vn.daklak.ngoaivu.read.Fixtures.rows;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A workbook saved in the 1904 date system (Excel for Mac) stores 15/03/2024 as serial 43904, four years and a day
 * less than the 1900 system's 45366. Date cells and plain numbers in date columns must both read as 15/03/2024.
 */
class DateSystemTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);

    @TempDir
    Path dir;

    @Test
    void xlsxIn1904SystemAsExcelWritesIt() throws Exception {
        Path file = dir.resolve("mac.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getCTWorkbook().getWorkbookPr().setDate1904(true);
            write(wb, DateUtil.getExcelDate(DAY, true), file);
        }
        excelWritesOneForTrue(file);

        assertReadAs(file, DAY);
    }

    @Test
    void xlsIn1904System() throws Exception {
        Path file = dir.resolve("mac.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            DateWindow1904Record window = (DateWindow1904Record) wb.getInternalWorkbook()
                    .findFirstRecordBySid(DateWindow1904Record.sid);
            window.setWindowing((short) 1);
            write(wb, DateUtil.getExcelDate(DAY, true), file);
        }

        assertReadAs(file, DAY);
    }

    @Test
    void sameSerialIn1900SystemIsFourYearsEarlier() throws Exception {
        Path file = dir.resolve("windows.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            write(wb, DateUtil.getExcelDate(DAY, true), file);
        }

        assertReadAs(file, LocalDate.of(2020, 3, 14));
    }

    @Test
    void numbersThatAreNoDayHaveNone() throws Exception {
        Path file = dir.resolve("not-days.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row row = wb.createSheet("Hoạt động").createRow(0);
            row.createCell(0).setCellValue(60);
            row.createCell(1).setCellValue(0);
            row.createCell(2).setCellValue(1e9);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        try (SpreadsheetFile sheet = SpreadsheetFile.open(file)) {
            assertThat(row(rows(sheet, "Hoạt động"), 1).cells()).extracting(CellValue::date)
                    .containsExactly(null, null, null);
        }
    }

    @ParameterizedTest
    @CsvSource({"false,45366.0,2024-03-15", "false,45366.75,2024-03-15", "false,1,1900-01-01", "false,59,1900-02-28",
        "false,61,1900-03-01", "false,45292,2024-01-01", "true,0,1904-01-01", "true,43904,2024-03-15",
        "true,60,1904-03-01"})
    void serialDaysFollowTheWorkbooksDateSystem(boolean date1904, double serial, LocalDate expected) {
        CellValue plain = new CellFormats(date1904).numeric(0, serial, 0, "General");
        CellValue dated = new CellFormats(date1904).numeric(0, serial, 14, "m/d/yy");

        assertThat(plain.kind()).isEqualTo(CellKind.NUMBER);
        assertThat(plain.date().toLocalDate()).isEqualTo(expected);
        assertThat(dated.kind()).isEqualTo(CellKind.DATE);
        assertThat(dated.date().toLocalDate()).isEqualTo(expected);
    }

    private static void assertReadAs(Path file, LocalDate expected) throws Exception {
        try (SpreadsheetFile sheet = SpreadsheetFile.open(file)) {
            SheetRow row = row(rows(sheet, "Hoạt động"), 1);
            assertThat(row.cell(0).kind()).isEqualTo(CellKind.DATE);
            assertThat(row.cell(0).date().toLocalDate()).isEqualTo(expected);
            assertThat(row.cell(1).kind()).isEqualTo(CellKind.NUMBER);
            assertThat(row.cell(1).date().toLocalDate()).isEqualTo(expected);
        }
    }

    /** A date-formatted serial in A1, the same serial as a plain number in B1. */
    private static void write(Workbook wb, double serial, Path file) throws IOException {
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        Row row = wb.createSheet("Hoạt động").createRow(0);
        row.createCell(0).setCellValue(serial);
        row.getCell(0).setCellStyle(date);
        row.createCell(1).setCellValue(serial);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    /** POI writes {@code date1904="true"}; Excel writes {@code "1"}, the form fastexcel-reader misreads. */
    private static void excelWritesOneForTrue(Path file) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + file.toUri()), Map.of())) {
            Path part = zip.getPath("xl/workbook.xml");
            String xml = Files.readString(part, StandardCharsets.UTF_8);
            assertThat(xml).contains("date1904=\"true\"");
            Files.writeString(part, xml.replace("date1904=\"true\"", "date1904=\"1\""), StandardCharsets.UTF_8);
        }
    }
}
