package vn.daklak.ngoaivu.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.TaskStatus;
import vn.daklak.ngoaivu.samples.SamplePlan.PlanTask;

/** A valid but very long SVHTTDL 2024 YEAR workbook, streamed so that writing it needs little memory. */
final class LargeWorkbookWriter {

    private static final String AGENCY = "SVHTTDL";
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 12, 15);
    private static final int WINDOW_DAYS = 365;

    private LargeWorkbookWriter() {
    }

    /** Nine rows in ten go to Hoạt động, the rest to Kinh phí. */
    static void write(Path out, int rows) {
        int spendingRows = Math.max(1, rows / 10);
        int eventRows = Math.max(1, rows - spendingRows);
        List<PlanTask> tasks = SamplePlan.tasksOf(SampleAgencies.get(AGENCY));
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream stream = Files.newOutputStream(out)) {
            WorkbookStyles styles = new WorkbookStyles(workbook, false);
            Sheet info = workbook.createSheet("Thông tin chung");
            line(info, styles, 0, "Cơ quan báo cáo", SampleAgencies.get(AGENCY).name());
            line(info, styles, 1, "Năm", 2024);
            line(info, styles, 2, "Kỳ báo cáo", "Năm");
            writeTasks(workbook.createSheet("Nhiệm vụ"), styles, tasks);
            writeEvents(workbook.createSheet("Hoạt động"), styles, eventRows);
            writeSpending(workbook.createSheet("Kinh phí"), styles, tasks, spendingRows);
            workbook.write(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTasks(Sheet sheet, WorkbookStyles styles, List<PlanTask> tasks) {
        header(sheet, styles, "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Tình trạng", "Tỷ lệ hoàn thành (%)");
        for (int i = 0; i < tasks.size(); i++) {
            values(sheet.createRow(i + 1), styles, i + 1, tasks.get(i).code(), tasks.get(i).content(),
                    TaskStatus.DONE.label(), 100);
        }
    }

    private static void writeEvents(Sheet sheet, WorkbookStyles styles, int count) {
        header(sheet, styles, "Mã nhiệm vụ", "Tên hoạt động", "Loại hình", "Từ ngày", "Đến ngày", "Địa điểm",
                "Quốc gia", "Đối tác", "Số người tham gia", "Số khách quốc tế");
        List<EventTemplate> templates = EventCatalogue.all().stream().filter(t -> t.suits(AGENCY))
                .filter(t -> !t.task().equals("NV13")).toList();
        for (int i = 0; i < count; i++) {
            EventTemplate t = templates.get(i % templates.size());
            LocalDate day = FIRST_DAY.plusDays((i * 7L) % WINDOW_DAYS);
            int people = t.minPeople() + i % (t.maxPeople() - t.minPeople() + 1);
            values(sheet.createRow(i + 1), styles, i + 1, t.task(), t.name() + " (đợt " + (i + 1) + ")",
                    t.type().label(), day, day, t.location().replace("{noi}", "tỉnh Đắk Lắk"), t.country(),
                    t.partner(), people, people * t.foreignPercent() / 100);
        }
    }

    private static void writeSpending(Sheet sheet, WorkbookStyles styles, List<PlanTask> tasks, int count) {
        header(sheet, styles, "Mã nhiệm vụ", "Nội dung chi", "Nguồn kinh phí", "Dự toán", "Được duyệt",
                "Đã thực hiện");
        for (int i = 0; i < count; i++) {
            PlanTask task = tasks.get(i % tasks.size());
            FundingSource source = FundingSource.values()[i % 3];
            long amount = (10 + i % 90) * 1_000_000L;
            values(sheet.createRow(i + 1), styles, i + 1, task.code(), "Chi thực hiện nhiệm vụ, khoản " + (i + 1),
                    source.label(), amount, amount, amount / 2);
        }
    }

    private static void header(Sheet sheet, WorkbookStyles styles, String... headers) {
        Row row = sheet.createRow(0);
        styles.header(row, 0, "STT");
        for (int i = 0; i < headers.length; i++) {
            styles.header(row, i + 1, headers[i]);
        }
    }

    private static void values(Row row, WorkbookStyles styles, Object... values) {
        for (int i = 0; i < values.length; i++) {
            styles.put(row, i, values[i]);
        }
    }

    private static void line(Sheet sheet, WorkbookStyles styles, int index, String label, Object value) {
        Row row = sheet.createRow(index);
        styles.title(row, 0, label);
        styles.put(row, 1, value);
    }
}
