package vn.daklak.ngoaivu.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;

/** The feedback of an .xlsx made at the package level: what is kept byte for byte, what is marked, what is removed. */
class PackageCopyTest {

    private static final String OUR_SUMMARY_PART = "xl/worksheets/ngvh-ket-qua.xml";

    @TempDir
    Path dir;

    private final FeedbackWriter writer = new FeedbackWriter();

    @Test
    void untouchedPartsAreCopiedByteForByteAndTheProblemCellKeepsItsOwnFormatWithTheMark() throws IOException {
        Path original = agencyWorkbook(false);
        Problem late = Problems.cell(Severity.ERROR, "Hoạt động", 2, 1, "Ngày", "01/02/2025", "Ngày ngoài kỳ báo cáo.");

        FeedbackFiles files = writer.write(request(original, List.of(late)));

        assertThat(entry(files.xlsx(), OUR_SUMMARY_PART)).isNotNull();
        assertThat(entry(files.xlsx(), "xl/theme/theme1.xml")).isEqualTo(entry(original, "xl/theme/theme1.xml"));
        assertThat(entry(files.xlsx(), "xl/calcChain.xml")).isNull();
        try (XSSFWorkbook wb = readBack(files.xlsx())) {
            assertThat(sheetNames(wb)).containsExactly("Kết quả", "Hoạt động", "Lỗi");
            Cell date = wb.getSheet("Hoạt động").getRow(1).getCell(1);
            assertThat(date.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).hasToString("2025-02-01");
            assertThat(date.getCellComment().getString().getString()).isEqualTo("Lỗi: Ngày ngoài kỳ báo cáo.");
            assertThat(date.getCellComment().getAuthor()).isEqualTo("Sở Ngoại vụ");
            Cell unmarked = wb.getSheet("Hoạt động").getRow(2).getCell(1);
            assertThat(unmarked.getCellStyle().getFillForegroundColor()).isNotEqualTo(IndexedColors.RED.getIndex());
            assertThat(unmarked.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(wb.getSheet("Lỗi").getRow(1).getCell(5).getStringCellValue()).isEqualTo("Ngày ngoài kỳ báo cáo.");
        }
    }

    @Test
    void formulasBecomeTheirLastValuesAndRiskyTextsAreEscaped() throws IOException {
        Path original = agencyWorkbook(false);

        FeedbackFiles files = writer.write(request(original, List.of(
                Problems.cell(Severity.WARNING, "Hoạt động", 3, 2, "Số người", "40", "Kiểm tra số người."))));

        try (XSSFWorkbook wb = readBack(files.xlsx())) {
            XSSFSheet events = wb.getSheet("Hoạt động");
            Cell total = events.getRow(3).getCell(2);
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getNumericCellValue()).isEqualTo(70.0);
            Cell label = events.getRow(3).getCell(3);
            assertThat(label.getCellType()).isEqualTo(CellType.STRING);
            assertThat(label.getStringCellValue()).isEqualTo("Tổng 70");
            assertThat(events.getRow(0).getCell(3).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(events.getRow(4).getCell(0).getStringCellValue()).isEqualTo("'@SUM(1)");
            assertThat(events.getRow(2).getCell(2).getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.LIGHT_ORANGE.getIndex());
        }
    }

    @Test
    void aSheetThatAlreadyHasNotesIsCopiedValueByValueInstead() throws IOException {
        Path original = agencyWorkbook(true);

        FeedbackFiles files = writer.write(request(original, List.of(
                Problems.cell(Severity.ERROR, "Hoạt động", 2, 1, "Ngày", "01/02/2025", "Ngày ngoài kỳ báo cáo."))));

        assertThat(entry(files.xlsx(), OUR_SUMMARY_PART)).isNull();
        try (XSSFWorkbook wb = readBack(files.xlsx())) {
            Cell date = wb.getSheet("Hoạt động").getRow(1).getCell(1);
            assertThat(date.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(date.getCellComment().getString().getString()).isEqualTo("Lỗi: Ngày ngoài kỳ báo cáo.");
        }
    }

    @Test
    void aWorkbookOfHundredsOfEmptySheetsGetsItsFeedbackAtThePackageLevel() throws IOException {
        Path original = dir.resolve("trong.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(original)) {
            for (int i = 0; i < 500; i++) {
                wb.createSheet("S" + i);
            }
            wb.write(out);
        }

        FeedbackFiles files = writer.write(request(original, List.of(
                Problems.row(Severity.ERROR, "S499", 1, "Sheet không có dữ liệu."))));

        assertThat(entry(files.xlsx(), OUR_SUMMARY_PART)).isNotNull();
        try (XSSFWorkbook wb = readBack(files.xlsx())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(502);
            assertThat(wb.getSheetAt(500).getRow(0).getCell(0).getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(wb.getSheetAt(500).getRow(0).getCell(0).getCellComment().getString().getString())
                    .isEqualTo("Lỗi: Sheet không có dữ liệu.");
        }
    }

    private Path agencyWorkbook(boolean withOwnNote) throws IOException {
        Path path = dir.resolve("bao-cao.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = wb.createSheet("Hoạt động");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Tên hoạt động");
            header.createCell(1).setCellValue("Ngày");
            header.createCell(2).setCellValue("Số người");
            header.createCell(3).setCellValue("=HYPERLINK(\"http://x\")");
            for (int r = 1; r <= 2; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Giao lưu " + r);
                Cell d = row.createCell(1);
                d.setCellValue(java.time.LocalDate.of(2025, 2, r));
                d.setCellStyle(date);
                row.createCell(2).setCellValue(30 + 10 * (r - 1));
            }
            Row total = sheet.createRow(3);
            total.createCell(2).setCellFormula("SUM(C2:C3)");
            total.createCell(3).setCellFormula("\"Tổng \"&C4");
            sheet.createRow(4).createCell(0).setCellValue("@SUM(1)");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            if (withOwnNote) {
                Drawing<?> drawing = sheet.createDrawingPatriarch();
                ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
                Comment own = drawing.createCellComment(anchor);
                own.setString(wb.getCreationHelper().createRichTextString("ghi chú của đơn vị"));
                sheet.getRow(0).getCell(0).setCellComment(own);
            }
            wb.write(out);
        }
        return path;
    }

    private FeedbackRequest request(Path original, List<Problem> problems) {
        return new FeedbackRequest(original, "bao-cao.xlsx", null, 2024, "YEAR", false, problems,
                dir.resolve("out/kq.xlsx"), dir.resolve("out/kq.csv"));
    }

    private static byte[] entry(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry e = file.getEntry(name);
            if (e == null) {
                return null;
            }
            try (InputStream in = file.getInputStream(e)) {
                return in.readAllBytes();
            }
        }
    }

    private static XSSFWorkbook readBack(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }
}
