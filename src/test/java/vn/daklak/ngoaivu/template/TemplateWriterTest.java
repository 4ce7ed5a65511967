package vn.daklak.ngoaivu.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.daklak.ngoaivu.reference.ReferenceData;

class TemplateWriterTest {

    private static final List<String> ALL_CODES = List.of("NV01", "NV02", "NV03", "NV04", "NV05", "NV06", "NV07",
            "NV08", "NV09", "NV10", "NV11", "NV12", "NV13");

    @TempDir
    Path dir;

    private final ReferenceData reference = ReferenceCsv.load();
    private final TemplateWriter writer = new TemplateWriter();

    @Test
    void hasTheCanonicalSheetsAndHeaders() throws IOException {
        try (XSSFWorkbook wb = write(null)) {
            assertThat(sheetNames(wb)).containsExactly("Hướng dẫn", "Thông tin chung", "Nhiệm vụ", "Hoạt động",
                    "Kinh phí", "Danh mục");
            assertThat(wb.isSheetHidden(wb.getSheetIndex("Danh mục"))).isTrue();
            assertThat(texts(wb.getSheet("Nhiệm vụ").getRow(0))).containsExactly("STT", "Mã nhiệm vụ",
                    "Nội dung nhiệm vụ", "Tình trạng", "Tỷ lệ hoàn thành (%)", "Kết quả thực hiện",
                    "Khó khăn, vướng mắc", "Đề xuất, kiến nghị");
            assertThat(texts(wb.getSheet("Hoạt động").getRow(0))).containsExactly("Mã nhiệm vụ", "Tên hoạt động",
                    "Loại hình", "Từ ngày", "Đến ngày", "Địa điểm", "Quốc gia", "Đối tác", "Số người tham gia",
                    "Số khách quốc tế", "Sản phẩm OCOP", "Di tích, di sản", "Ghi chú");
            assertThat(texts(wb.getSheet("Kinh phí").getRow(0))).containsExactly("Mã nhiệm vụ", "Nội dung chi",
                    "Nguồn kinh phí", "Dự toán (đồng)", "Được duyệt (đồng)", "Đã thực hiện (đồng)");
            assertThat(columnA(wb.getSheet("Thông tin chung"))).containsExactly("Cơ quan báo cáo", "Mã cơ quan",
                    "Năm", "Kỳ báo cáo", "Người lập", "Điện thoại", "Email", "Ngày lập");
            assertThat(String.join("\n", columnA(wb.getSheet("Hướng dẫn"))))
                    .contains("NĂM 2024", "Không đổi tên tệp sang định dạng khác", "15/12/2023", "đồng");
        }
    }

    @Test
    void instructionsWrapInAPortraitColumnWithRowsTallEnoughForEachParagraph() throws IOException {
        try (XSSFWorkbook wb = write("SNGV")) {
            XSSFSheet sheet = wb.getSheet("Hướng dẫn");
            assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(0)).isEqualTo(75 * 256);
            assertThat(sheet.getMargin(PageMargin.LEFT)).isEqualTo(0.5);
            Row events = null;
            for (Row row : sheet) {
                assertThat(row.getCell(0).getCellStyle().getWrapText()).isTrue();
                if (row.getCell(0).getStringCellValue().startsWith("• Mỗi hoạt động, sự kiện một dòng")) {
                    events = row;
                }
            }
            // 420 characters, 63 to a line of the 75-character column: 7 lines of 11 points (7 × 14.3 + 2, rounded up)
            assertThat(events.getCell(0).getStringCellValue()).hasSize(420);
            assertThat(events.getHeightInPoints()).isEqualTo(103f);
            // the title: 76 characters of 14 points, 50 to a line: 2 lines (2 × 18.2 + 2, rounded up)
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).hasSize(76);
            assertThat(sheet.getRow(0).getHeightInPoints()).isEqualTo(39f);
        }
    }

    @Test
    void withoutAgencyEveryTaskOfThePlanIsPrefilled() throws IOException {
        try (XSSFWorkbook wb = write(null)) {
            XSSFSheet tasks = wb.getSheet("Nhiệm vụ");
            assertThat(column(tasks, 1)).containsExactlyElementsOf(ALL_CODES);
            assertThat(tasks.getRow(1).getCell(2).getStringCellValue()).startsWith("Tổ chức đoàn nghệ thuật");
            assertThat(tasks.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            Sheet info = wb.getSheet("Thông tin chung");
            assertThat(info.getRow(0).getCell(1).getStringCellValue()).isEmpty();
            assertThat(info.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2024.0);
        }
    }

    @Test
    void forAnAgencyItsLedTasksComeFirstThenThoseItCoordinates() throws IOException {
        try (XSSFWorkbook wb = write("SNGV")) {
            assertThat(column(wb.getSheet("Nhiệm vụ"), 1)).containsExactly("NV06", "NV10", "NV12", "NV01", "NV02",
                    "NV04", "NV05", "NV07", "NV08", "NV09", "NV11");
            Sheet info = wb.getSheet("Thông tin chung");
            assertThat(info.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Sở Ngoại vụ");
            assertThat(info.getRow(1).getCell(1).getStringCellValue()).isEqualTo("SNGV");
        }
    }

    @Test
    void anAgencyWithoutAssignedTasksGetsNoPrefilledRow() throws IOException {
        try (XSSFWorkbook wb = write("SKHDT")) {
            assertThat(wb.getSheet("Nhiệm vụ").getLastRowNum()).isZero();
            assertThat(String.join("\n", columnA(wb.getSheet("Hướng dẫn"))))
                    .contains("không được giao chủ trì hoặc phối hợp");
        }
    }

    @Test
    void dropDownsComeFromNamedRangesOnTheHiddenSheet() throws IOException {
        try (XSSFWorkbook wb = write(null)) {
            assertThat(listValues(wb, "DM_NhiemVu")).containsExactlyElementsOf(ALL_CODES);
            assertThat(listValues(wb, "DM_TinhTrang")).containsExactly("Hoàn thành", "Đang thực hiện",
                    "Chưa thực hiện", "Không thực hiện", "Hoãn, chuyển kỳ sau");
            assertThat(listValues(wb, "DM_LoaiHinh")).contains("Giao lưu văn hóa nghệ thuật", "Đoàn ra", "Khác");
            assertThat(listValues(wb, "DM_QuocGia")).contains("Việt Nam", "Hàn Quốc", "Lào", "Campuchia",
                    "Trung Quốc", "Nhật Bản", "Thái Lan");
            assertThat(listValues(wb, "DM_DoiTac")).contains("tỉnh Jeollabuk (Hàn Quốc)", "tỉnh Champasak (Lào)");
            assertThat(listValues(wb, "DM_NguonKinhPhi"))
                    .containsExactly("Ngân sách nhà nước", "Xã hội hóa", "Nguồn hợp pháp khác");
            assertThat(listValues(wb, "DM_KyBaoCao")).containsExactly("6 tháng", "Năm");
            assertThat(listValues(wb, "DM_CoQuan")).contains("Sở Ngoại vụ").hasSize(35);

            assertList(wb.getSheet("Nhiệm vụ"), "B2:B1001", "DM_NhiemVu", DataValidation.ErrorStyle.STOP);
            assertList(wb.getSheet("Nhiệm vụ"), "D2:D1001", "DM_TinhTrang", DataValidation.ErrorStyle.STOP);
            assertList(wb.getSheet("Hoạt động"), "A2:A1001", "DM_NhiemVu", DataValidation.ErrorStyle.STOP);
            assertList(wb.getSheet("Hoạt động"), "C2:C1001", "DM_LoaiHinh", DataValidation.ErrorStyle.STOP);
            assertList(wb.getSheet("Hoạt động"), "G2:G1001", "DM_QuocGia", DataValidation.ErrorStyle.WARNING);
            assertList(wb.getSheet("Hoạt động"), "H2:H1001", "DM_DoiTac", DataValidation.ErrorStyle.WARNING);
            assertList(wb.getSheet("Kinh phí"), "C2:C1001", "DM_NguonKinhPhi", DataValidation.ErrorStyle.STOP);
            assertList(wb.getSheet("Thông tin chung"), "B4", "DM_KyBaoCao", DataValidation.ErrorStyle.STOP);
        }
    }

    @Test
    void numbersAndDatesAreCheckedAndFormatted() throws IOException {
        try (XSSFWorkbook wb = write(null)) {
            XSSFDataValidation percent = validation(wb.getSheet("Nhiệm vụ"), "E2:E1001");
            assertThat(percent.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
            assertThat(percent.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(percent.getValidationConstraint().getFormula2()).isEqualTo("100");
            assertThat(validation(wb.getSheet("Hoạt động"), "D2:D1001").getValidationConstraint()
                    .getValidationType()).isEqualTo(ValidationType.DATE);
            assertThat(validation(wb.getSheet("Kinh phí"), "F2:F1001").getErrorBoxText()).contains("bằng đồng");
            assertThat(wb.getSheet("Hoạt động").getColumnStyle(3).getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(wb.getSheet("Kinh phí").getColumnStyle(5).getDataFormatString()).isEqualTo("#,##0");
            XSSFSheet events = wb.getSheet("Hoạt động");
            assertThat(events.getPaneInformation().isFreezePane()).isTrue();
            assertThat(events.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(events.getPrintSetup().getLandscape()).isTrue();
            assertThat(events.getColumnWidth(1)).isEqualTo(40 * 256);
        }
    }

    @Test
    void aYearWithoutPlanIsRefusedInVietnamese() {
        assertThatThrownBy(() -> writer.write(2030, null, reference, dir.resolve("mau.xlsx")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Chưa có Kế hoạch năm 2030");
    }

    private XSSFWorkbook write(String agencyCode) throws IOException {
        Path out = dir.resolve("mau/mau-2024.xlsx");
        writer.write(2024, agencyCode == null ? null : ReferenceCsv.agency(agencyCode), reference, out);
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }

    private static void assertList(XSSFSheet sheet, String range, String name, int errorStyle) {
        XSSFDataValidation v = validation(sheet, range);
        assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
        assertThat(v.getValidationConstraint().getFormula1()).isEqualTo(name);
        assertThat(v.getErrorStyle()).isEqualTo(errorStyle);
        assertThat(v.getShowErrorBox()).isTrue();
        assertThat(v.getErrorBoxTitle()).isEqualTo("Giá trị không hợp lệ");
        assertThat(v.getErrorBoxText()).isNotBlank();
    }

    private static XSSFDataValidation validation(XSSFSheet sheet, String range) {
        return sheet.getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddresses()[0].formatAsString().equals(range))
                .findFirst().orElseThrow(() -> new AssertionError("no validation on " + range));
    }

    private static List<String> listValues(XSSFWorkbook wb, String name) {
        AreaReference area = new AreaReference(wb.getName(name).getRefersToFormula(), SpreadsheetVersion.EXCEL2007);
        List<String> out = new ArrayList<>();
        for (CellReference ref : area.getAllReferencedCells()) {
            out.add(wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue());
        }
        return out;
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(new DataFormatter().formatCellValue(c)));
        return out;
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> out = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            out.add(sheet.getRow(r).getCell(column).getStringCellValue());
        }
        return out;
    }

    private static List<String> columnA(Sheet sheet) {
        List<String> out = new ArrayList<>();
        sheet.forEach(row -> {
            Cell cell = row.getCell(0);
            out.add(cell == null ? "" : cell.getStringCellValue());
        });
        return out;
    }
}
