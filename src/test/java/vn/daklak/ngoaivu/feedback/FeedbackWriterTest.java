package vn.daklak.ngoaivu.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;
import vn.daklak.ngoaivu.read.UnreadableWorkbookException;
import vn.daklak.ngoaivu.read.WorkbookProblem;

class FeedbackWriterTest {

    @TempDir
    Path dir;

    private final FeedbackWriter writer = new FeedbackWriter(PoiSpreadsheetFile::open, CommentWriter.MAX_COMMENTS);

    @Test
    void rejectedFileIsCopiedWithProblemCellsHighlightedAndCommented() throws IOException {
        Path original = agencyWorkbook();
        List<Problem> problems = List.of(
                Problems.cell(Severity.ERROR, "Nhiệm vụ", 2, 1, "Mã nhiệm vụ", "NV99",
                        "Mã nhiệm vụ \"NV99\" không có trong Kế hoạch năm 2024."),
                Problems.cell(Severity.WARNING, "Nhiệm vụ", 3, 3, "Tỷ lệ hoàn thành (%)", "90",
                        "Tình trạng Hoàn thành nhưng tỷ lệ dưới 100%."),
                Problems.row(Severity.ERROR, "Nhiệm vụ", 4, "Dòng thiếu Tình trạng."),
                Problem.fileWarning("NO_EVENTS", "Không có sheet Hoạt động."));

        FeedbackFiles files = writer.write(request(original, false, problems));

        try (XSSFWorkbook wb = readBack(files.xlsx())) {
            assertThat(sheetNames(wb)).containsExactly("Kết quả", "Thông tin chung", "Nhiệm vụ", "Lỗi");
            XSSFSheet tasks = wb.getSheet("Nhiệm vụ");
            assertThat(tasks.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Mã nhiệm vụ");
            Cell wrongCode = tasks.getRow(1).getCell(1);
            assertThat(wrongCode.getStringCellValue()).isEqualTo("NV99");
            assertThat(fill(wrongCode)).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(wrongCode.getCellComment().getString().getString())
                    .isEqualTo("Lỗi: Mã nhiệm vụ \"NV99\" không có trong Kế hoạch năm 2024.");
            Cell percent = tasks.getRow(2).getCell(3);
            assertThat(percent.getNumericCellValue()).isEqualTo(90.0);
            assertThat(fill(percent)).isEqualTo(IndexedColors.LIGHT_ORANGE.getIndex());
            assertThat(percent.getCellComment().getString().getString()).startsWith("Cảnh báo: ");
            Row wholeRow = tasks.getRow(3);
            assertThat(fill(wholeRow.getCell(0))).isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(fill(wholeRow.getCell(3))).isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(wholeRow.getCell(0).getCellComment().getString().getString()).contains("Dòng thiếu Tình trạng.");
            assertThat(tasks.getRow(1).getCell(2).getCellStyle().getFillForegroundColor())
                    .isNotEqualTo(IndexedColors.RED.getIndex());
            assertThat(texts(wb.getSheet("Kết quả"))).contains("TỆP BỊ TỪ CHỐI", "Sở Văn hóa, Thể thao và Du lịch",
                    "2024", "Cả năm", "bao-cao.xlsx", "Không có sheet Hoạt động.");
        }
    }

    @Test
    void problemListHasFileProblemsFirstThenRowsInOrderWithFrozenHeaderAndFilter() throws IOException {
        List<Problem> problems = List.of(
                Problems.cell(Severity.WARNING, "Nhiệm vụ", 3, 3, "Tỷ lệ", "90", "Kiểm tra tỷ lệ."),
                Problems.cell(Severity.ERROR, "Nhiệm vụ", 2, 1, "Mã nhiệm vụ", "NV99", "Sửa mã."),
                Problem.fileError("NO_INFO", "Thiếu sheet Thông tin chung."));

        FeedbackFiles files = writer.write(request(agencyWorkbook(), false, problems));

        try (XSSFWorkbook wb = readBack(files.xlsx())) {
            XSSFSheet list = wb.getSheet("Lỗi");
            assertThat(rowTexts(list.getRow(0)))
                    .containsExactly("Sheet", "Dòng", "Cột", "Giá trị đã đọc", "Mức độ", "Nội dung cần sửa");
            assertThat(rowTexts(list.getRow(1))).containsExactly("", "", "", "", "Lỗi", "Thiếu sheet Thông tin chung.");
            assertThat(rowTexts(list.getRow(2)))
                    .containsExactly("Nhiệm vụ", "2", "B (Mã nhiệm vụ)", "NV99", "Lỗi", "Sửa mã.");
            assertThat(rowTexts(list.getRow(3)).get(4)).isEqualTo("Cảnh báo");
            assertThat(list.getPaneInformation().isFreezePane()).isTrue();
            assertThat(list.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F4");
            assertThat(list.getRow(1).getCell(5).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void acceptedFileWithoutProblemsGetsOneInfoLineAndNoCopyOfItsSheets() throws IOException {
        FeedbackFiles files = writer.write(request(agencyWorkbook(), true, List.of()));

        try (XSSFWorkbook wb = readBack(files.xlsx())) {
            assertThat(sheetNames(wb)).containsExactly("Kết quả", "Lỗi");
            XSSFSheet list = wb.getSheet("Lỗi");
            assertThat(list.getLastRowNum()).isEqualTo(1);
            assertThat(rowTexts(list.getRow(1)).subList(4, 6))
                    .containsExactly("Thông tin", "Tệp đã được chấp nhận, không có lỗi.");
            assertThat(texts(wb.getSheet("Kết quả"))).contains("TỆP ĐƯỢC CHẤP NHẬN");
        }
        String csv = Files.readString(files.csv());
        assertThat(csv.lines().toList()).containsExactly(
                "\uFEFFSheet;Dòng;Cột;Giá trị đã đọc;Mức độ;Nội dung cần sửa",
                "\"\";;;;Thông tin;Tệp đã được chấp nhận, không có lỗi.");
    }

    @Test
    void unreadableOriginalGivesOnlyResultAndProblemSheets() throws IOException {
        FeedbackWriter failing = new FeedbackWriter(path -> {
            throw new UnreadableWorkbookException(WorkbookProblem.ENCRYPTED, "Tệp được đặt mật khẩu", null);
        }, CommentWriter.MAX_COMMENTS);
        Problem encrypted = Problem.fileError("ENCRYPTED", "Tệp được đặt mật khẩu. Hãy bỏ mật khẩu rồi gửi lại.");

        FeedbackFiles files = failing.write(request(dir.resolve("x.xlsx"), false, List.of(encrypted)));

        try (XSSFWorkbook wb = readBack(files.xlsx())) {
            assertThat(sheetNames(wb)).containsExactly("Kết quả", "Lỗi");
            assertThat(String.join("\n", texts(wb.getSheet("Kết quả"))))
                    .contains("Hãy bỏ mật khẩu rồi gửi lại.", "Không đọc được tệp gốc (Tệp được đặt mật khẩu)");
        }
    }

    @Test
    void commentsBeyondTheLimitAreSkippedAndSaidSo() throws IOException {
        FeedbackWriter limited = new FeedbackWriter(PoiSpreadsheetFile::open, 1);
        List<Problem> problems = List.of(
                Problems.cell(Severity.ERROR, "Nhiệm vụ", 2, 1, "Mã nhiệm vụ", "NV99", "Sửa mã."),
                Problems.cell(Severity.ERROR, "Nhiệm vụ", 3, 1, "Mã nhiệm vụ", "NV98", "Sửa mã."));

        FeedbackFiles files = limited.write(request(agencyWorkbook(), false, problems));

        try (XSSFWorkbook wb = readBack(files.xlsx())) {
            XSSFSheet tasks = wb.getSheet("Nhiệm vụ");
            assertThat(tasks.getRow(1).getCell(1).getCellComment()).isNotNull();
            assertThat(tasks.getRow(2).getCell(1).getCellComment()).isNull();
            assertThat(fill(tasks.getRow(2).getCell(1))).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(String.join("\n", texts(wb.getSheet("Kết quả"))))
                    .contains("Chỉ 1 ô đầu tiên có ghi chú", "1 ô còn lại");
        }
    }

    @Test
    void problemOnARowTheReaderLeftOutStillGetsAMarkedRow() throws IOException {
        Problem onBlank = Problems.cell(Severity.ERROR, "Nhiệm vụ", 9, 1, "Mã nhiệm vụ", "", "Thiếu mã nhiệm vụ.");

        FeedbackFiles files = writer.write(request(agencyWorkbook(), false, List.of(onBlank)));

        try (XSSFWorkbook wb = readBack(files.xlsx())) {
            Cell cell = wb.getSheet("Nhiệm vụ").getRow(8).getCell(1);
            assertThat(fill(cell)).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(cell.getCellComment().getString().getString()).isEqualTo("Lỗi: Thiếu mã nhiệm vụ.");
        }
    }

    @Test
    void agencySheetNamedLikeOurOwnIsRenamedAndFormulaLikeTextIsEscaped() throws IOException {
        Path original = dir.resolve("loi.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(original)) {
            wb.createSheet("lỗi").createRow(0).createCell(0).setCellValue("=HYPERLINK(\"x\")");
            wb.write(out);
        }

        FeedbackFiles files = writer.write(request(original, true,
                List.of(Problem.fileWarning("NO_EVENTS", "Không có sheet Hoạt động."))));

        try (XSSFWorkbook wb = readBack(files.xlsx())) {
            assertThat(sheetNames(wb)).containsExactly("Kết quả", "lỗi (2)", "Lỗi");
            assertThat(wb.getSheet("lỗi (2)").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("'=HYPERLINK(\"x\")");
        }
    }

    @Test
    void createsTheParentFolders() throws IOException {
        Path deep = dir.resolve("output/feedback/2024/YEAR/SVHTTDL");
        FeedbackRequest request = new FeedbackRequest(agencyWorkbook(), "bao-cao.xlsx", null, null, null, true,
                List.of(), deep.resolve("bao-cao.xlsx.ket-qua.xlsx"), deep.resolve("bao-cao.xlsx.ket-qua.csv"));

        FeedbackFiles files = writer.write(request);

        assertThat(files.xlsx()).exists();
        assertThat(files.csv()).exists();
    }

    @Test
    void everySheetPrintsOnA4FitToWidthAndLongTextsGetTallRows() throws IOException {
        Problem longMessage = Problems.cell(Severity.ERROR, "Nhiệm vụ", 2, 1, "Mã nhiệm vụ", "NV99",
                "Mã nhiệm vụ \"NV99\" không có trong Kế hoạch năm 2024. ".repeat(4));

        FeedbackFiles files = writer.write(request(agencyWorkbook(), false, List.of(longMessage)));

        try (XSSFWorkbook wb = readBack(files.xlsx())) {
            for (Sheet sheet : wb) {
                assertThat(sheet.getPrintSetup().getPaperSize()).as(sheet.getSheetName())
                        .isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).as(sheet.getSheetName()).isZero();
                assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
            }
            XSSFSheet summary = wb.getSheet("Kết quả");
            assertThat(summary.getPrintSetup().getLandscape()).isFalse();
            assertThat(summary.getMergedRegion(0).formatAsString()).isEqualTo("A1:B1");
            Row nextSteps = rowLabelled(summary, "Việc cần làm");
            assertThat(nextSteps.getCell(1).getCellStyle().getWrapText()).isTrue();
            // 282 characters in a 72-character column: 5 lines of 11-point text (5 × 14.3 + 2, rounded up).
            assertThat(nextSteps.getHeightInPoints()).isEqualTo(74f);
            XSSFSheet list = wb.getSheet("Lỗi");
            assertThat(list.getPrintSetup().getLandscape()).isTrue();
            assertThat(list.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(list.getRow(1).getHeightInPoints()).isEqualTo(60f);
        }
    }

    private FeedbackRequest request(Path original, boolean accepted, List<Problem> problems) {
        return new FeedbackRequest(original, "bao-cao.xlsx", "Sở Văn hóa, Thể thao và Du lịch", 2024, "YEAR",
                accepted, problems, dir.resolve("out/bao-cao.xlsx.ket-qua.xlsx"),
                dir.resolve("out/bao-cao.xlsx.ket-qua.csv"));
    }

    private Path agencyWorkbook() throws IOException {
        Path path = dir.resolve("bao-cao.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            Sheet info = wb.createSheet("Thông tin chung");
            info.createRow(0).createCell(0).setCellValue("Cơ quan báo cáo");
            info.getRow(0).createCell(1).setCellValue("Sở VHTTDL");
            Sheet tasks = wb.createSheet("Nhiệm vụ");
            String[][] rows = {
                {"STT", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Tỷ lệ hoàn thành (%)"},
                {"1", "NV99", "Đoàn nghệ thuật", null},
                {"2", "NV01", "Tuần văn hóa", null},
                {"3", "NV02", "Giao lưu", null}};
            for (int r = 0; r < rows.length; r++) {
                Row row = tasks.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            tasks.getRow(2).createCell(3).setCellValue(90);
            wb.write(out);
        }
        return path;
    }

    private static XSSFWorkbook readBack(Path xlsx) throws IOException {
        try (var in = Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
    }

    private static short fill(Cell cell) {
        return cell.getCellStyle().getFillForegroundColor();
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static List<String> rowTexts(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : new DataFormatter().formatCellValue(cell));
        }
        return out;
    }

    private static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (label.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static List<String> texts(Sheet sheet) {
        List<String> out = new ArrayList<>();
        sheet.forEach(row -> out.addAll(rowTexts(row)));
        return out;
    }
}
