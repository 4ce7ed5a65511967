package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Builder of small, canonical submission workbooks for job tests. */
final class SubmissionWorkbook {

    private String agencyCode = "SVHTTDL";
    private String year = "2024";
    private String period = "Năm";
    private final List<Object[]> tasks = new ArrayList<>();
    private final List<Object[]> events = new ArrayList<>();
    private final List<Object[]> spending = new ArrayList<>();

    static SubmissionWorkbook of(String agencyCode) {
        SubmissionWorkbook book = new SubmissionWorkbook();
        book.agencyCode = agencyCode;
        return book;
    }

    SubmissionWorkbook period(String period) {
        this.period = period;
        return this;
    }

    SubmissionWorkbook task(String code, String status, double percent) {
        tasks.add(new Object[] {tasks.size() + 1, code, "Nội dung " + code, status, percent, "Kết quả", "", ""});
        return this;
    }

    SubmissionWorkbook event(String code, String name, String start, String country, String partner, int people, int guests) {
        events.add(new Object[] {events.size() + 1, code, name, "Giao lưu văn hóa nghệ thuật", start, "", "Buôn Ma Thuột",
                country, partner, people, guests});
        return this;
    }

    /** Adds n generated events of one task, for volume and failure tests. */
    SubmissionWorkbook events(String code, int n) {
        for (int i = 0; i < n; i++) {
            event(code, "Hoạt động số " + (i + 1), "15/03/2024", "Việt Nam", "", 10 + i % 7, i % 3);
        }
        return this;
    }

    SubmissionWorkbook spending(String code, String source, long estimate, long allocated, long spent) {
        spending.add(new Object[] {spending.size() + 1, code, "Chi " + code, source, estimate, allocated, spent});
        return this;
    }

    Path writeTo(Path folder, String fileName, Instant modified) throws IOException {
        Path file = folder.resolve(fileName);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet info = wb.createSheet("Thông tin chung");
            row(info, 0, "Cơ quan báo cáo", "");
            row(info, 1, "Mã cơ quan", agencyCode);
            row(info, 2, "Năm", year);
            row(info, 3, "Kỳ báo cáo", period);
            table(wb.createSheet("Nhiệm vụ"), new Object[] {"STT", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Tình trạng",
                    "Tỷ lệ hoàn thành (%)", "Kết quả thực hiện", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị"}, tasks);
            table(wb.createSheet("Hoạt động"), new Object[] {"STT", "Mã nhiệm vụ", "Tên hoạt động", "Loại hình", "Từ ngày",
                    "Đến ngày", "Địa điểm", "Quốc gia", "Đối tác", "Số người tham gia", "Số khách quốc tế"}, events);
            table(wb.createSheet("Kinh phí"), new Object[] {"STT", "Mã nhiệm vụ", "Nội dung chi", "Nguồn kinh phí",
                    "Dự toán", "Được duyệt", "Đã thực hiện"}, spending);
            wb.write(out);
        }
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private static void table(Sheet sheet, Object[] header, List<Object[]> rows) {
        row(sheet, 0, header);
        for (int i = 0; i < rows.size(); i++) {
            row(sheet, i + 1, rows.get(i));
        }
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (v != null && !v.toString().isEmpty()) {
                row.createCell(c).setCellValue(v.toString());
            }
        }
    }
}
