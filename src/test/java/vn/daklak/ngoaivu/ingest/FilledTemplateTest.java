package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.normalize.AgencyRef;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.TaskStatus;
import vn.daklak.ngoaivu.reference.ReferenceData;
import vn.daklak.ngoaivu.reference.ReferenceFiles;
import vn.daklak.ngoaivu.template.TemplateWriter;

/** The template is the agencies' starting point: filled in the obvious way, it must pass every ingest check. */
class FilledTemplateTest {

    @TempDir
    Path temp;

    @Test
    void aTemplateFilledInTheObviousWayIsAccepted() throws Exception {
        ReferenceData reference = ReferenceFiles.read(Path.of("input"));
        AgencyRef agency = reference.agencyMatcher().byCode("SVHTTDL").orElseThrow();
        Path file = temp.resolve("mau.xlsx");
        new TemplateWriter().write(2024, agency, reference, file);

        int prefilledTasks = fill(file);
        CheckResult result = new SubmissionChecker(reference).check(file);

        assertThat(result.problems()).filteredOn(Problem::isError).isEmpty();
        assertThat(result.rejected()).isFalse();
        assertThat(result.inspection().header().agencyCode()).isEqualTo("SVHTTDL");
        assertThat(result.tasks()).hasSize(prefilledTasks).allMatch(t -> t.status() == TaskStatus.DONE);
        assertThat(result.events()).singleElement().satisfies(e -> {
            assertThat(e.country()).isEqualTo("KR");
            assertThat(e.partnerCode()).isEqualTo("KR-JB");
            assertThat(e.start().date()).isEqualTo(LocalDate.of(2024, 9, 10));
        });
        assertThat(result.spending()).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(FundingSource.STATE_BUDGET);
            assertThat(s.spent()).isEqualTo(820_000_000L);
        });
    }

    /** Fills the period, a status for every prefilled task, one activity and one spending line; returns the task count. */
    private static int fill(Path file) throws Exception {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        try (workbook) {
            workbook.getSheet("Thông tin chung").getRow(3).createCell(1).setCellValue("Năm");
            Sheet tasks = workbook.getSheet("Nhiệm vụ");
            int filled = 0;
            for (int r = 1; r <= tasks.getLastRowNum(); r++) {
                Row row = tasks.getRow(r);
                Cell code = row == null ? null : row.getCell(column(tasks, "Mã nhiệm vụ"));
                if (code != null && !code.getStringCellValue().isBlank()) {
                    row.createCell(column(tasks, "Tình trạng")).setCellValue(TaskStatus.DONE.label());
                    row.createCell(column(tasks, "Tỷ lệ hoàn thành")).setCellValue(100);
                    filled++;
                }
            }
            Sheet events = workbook.getSheet("Hoạt động");
            Row event = row(events, 1);
            event.createCell(column(events, "Mã nhiệm vụ")).setCellValue("NV01");
            event.createCell(column(events, "Tên hoạt động")).setCellValue("Đoàn nghệ thuật biểu diễn tại Jeonju");
            event.createCell(column(events, "Loại hình")).setCellValue("Giao lưu văn hóa nghệ thuật");
            event.createCell(column(events, "Từ ngày")).setCellValue(LocalDate.of(2024, 9, 10));
            event.createCell(column(events, "Quốc gia")).setCellValue("Hàn Quốc");
            event.createCell(column(events, "Đối tác")).setCellValue("tỉnh Jeollabuk (Hàn Quốc)");
            event.createCell(column(events, "Số người tham gia")).setCellValue(45);
            Sheet spending = workbook.getSheet("Kinh phí");
            Row line = row(spending, 1);
            line.createCell(column(spending, "Mã nhiệm vụ")).setCellValue("NV01");
            line.createCell(column(spending, "Nguồn kinh phí")).setCellValue(FundingSource.STATE_BUDGET.label());
            line.createCell(column(spending, "Đã thực hiện")).setCellValue(820_000_000);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return filled;
        }
    }

    private static Row row(Sheet sheet, int index) {
        return sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
    }

    private static int column(Sheet sheet, String headerStart) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().startsWith(headerStart)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + headerStart + " in " + sheet.getSheetName());
    }
}
