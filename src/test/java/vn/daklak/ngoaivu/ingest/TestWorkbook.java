package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.daklak.ngoaivu.read.SheetRow;
import vn.daklak.ngoaivu.read.SpreadsheetFile;

/**
 * A submission workbook as test data: sheets of rows (row 1 first; values in columns A, B, …), seen either in memory
 * as a {@link SpreadsheetFile} or written to a real .xlsx with POI. {@link #valid2024()} is a complete valid report.
 */
final class TestWorkbook {

    private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();

    static TestWorkbook valid2024() {
        return new TestWorkbook()
                .sheet("Thông tin chung",
                        new Object[] {"Cơ quan báo cáo", "Sở Văn hóa, Thể thao và Du lịch"},
                        new Object[] {"Mã cơ quan", "SVHTTDL"},
                        new Object[] {"Năm", 2024},
                        new Object[] {"Kỳ báo cáo", "Năm"},
                        new Object[] {"Người lập", "Nguyễn Văn An"},
                        new Object[] {"Điện thoại", "0262 3852 123"},
                        new Object[] {"Email", "an.nv@daklak.gov.vn"},
                        new Object[] {"Ngày lập", "05/01/2025"})
                .sheet("Nhiệm vụ",
                        new Object[] {"BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2024"},
                        new Object[] {},
                        new Object[] {"STT", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Tình trạng", "Tỷ lệ hoàn thành (%)",
                                "Kết quả thực hiện", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị"},
                        new Object[] {1, "NV01", "Đoàn nghệ thuật tại Jeollabuk", "Hoàn thành", 100, "3 đêm diễn"},
                        new Object[] {2, "NV 2", "Tuần văn hóa tại Nam Lào", "Đang thực hiện", 60})
                .sheet("Hoạt động",
                        new Object[] {"STT", "Mã nhiệm vụ", "Tên hoạt động", "Loại hình", "Từ ngày", "Đến ngày",
                                "Địa điểm", "Quốc gia", "Đối tác", "Số người tham gia", "Số khách quốc tế"},
                        new Object[] {null, "I. Hoạt động ở nước ngoài"},
                        new Object[] {1, "NV01", "Biểu diễn nghệ thuật", "Giao lưu văn hóa nghệ thuật",
                                LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 14), "Jeonju", "Hàn Quốc",
                                "Jeollabuk", 400, 300},
                        new Object[] {2, "NV02", "Tuần văn hóa", "Giao lưu văn hóa nghệ thuật", "20/09/2024", null,
                                "Pakse", "Lào", "Champasak", 500, 450},
                        new Object[] {"Tổng cộng", null, null, null, null, null, null, null, null, 900, 750})
                .sheet("Kinh phí",
                        new Object[] {"Đơn vị tính: triệu đồng"},
                        new Object[] {"STT", "Mã nhiệm vụ", "Nội dung chi", "Nguồn kinh phí", "Dự toán", "Được duyệt",
                                "Đã thực hiện"},
                        new Object[] {1, "NV01", "Đoàn nghệ thuật", "Ngân sách nhà nước", 850, 850, 820},
                        new Object[] {2, "NV02", "Tuần văn hóa", "Xã hội hóa", 1200, 1000, "950 triệu"},
                        new Object[] {"Tổng cộng", null, null, null, 2050, 1850, 1770});
    }

    TestWorkbook sheet(String name, Object[]... rows) {
        sheets.put(name, new ArrayList<>(Arrays.asList(rows)));
        return this;
    }

    TestWorkbook without(String name) {
        sheets.remove(name);
        return this;
    }

    /** Sets one cell: 1-based row, 0-based column. */
    TestWorkbook set(String sheet, int rowNumber, int column, Object value) {
        List<Object[]> rows = sheets.get(sheet);
        Object[] row = rows.get(rowNumber - 1);
        Object[] wider = Arrays.copyOf(row, Math.max(row.length, column + 1));
        wider[column] = value;
        rows.set(rowNumber - 1, wider);
        return this;
    }

    /** The workbook as the reader would present it, without any file. */
    SpreadsheetFile inMemory() {
        return new SpreadsheetFile() {
            @Override
            public List<String> sheetNames() {
                return List.copyOf(sheets.keySet());
            }

            @Override
            public Stream<SheetRow> rows(String sheetName) {
                List<Object[]> rows = sheets.get(sheetName);
                return IntStream.range(0, rows.size()).mapToObj(i -> Rows.row(i + 1, rows.get(i)))
                        .filter(row -> !row.cells().isEmpty());
            }

            @Override
            public void close() {
            }
        };
    }

    /** Writes the workbook as .xlsx: text, numbers and dates as real typed cells. */
    Path writeXlsx(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    Object[] values = rows.get(r);
                    for (int c = 0; c < values.length; c++) {
                        write(row, c, values[c], dateStyle);
                    }
                }
            });
            workbook.write(out);
        }
        return file;
    }

    private static void write(Row row, int column, Object value, CellStyle dateStyle) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else {
            throw new IllegalArgumentException("unsupported cell value " + value);
        }
    }
}
