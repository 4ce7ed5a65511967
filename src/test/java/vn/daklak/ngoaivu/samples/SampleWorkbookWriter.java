package vn.daklak.ngoaivu.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes one sample submission as the agency would have filled it in. */
final class SampleWorkbookWriter {

    private static final List<String> CANONICAL = List.of("Thông tin chung", "Nhiệm vụ", "Hoạt động", "Kinh phí");
    private static final List<String> ALIASES = List.of("Thong tin", "Nhiem vu", "Sự kiện", "Kinh phi");
    private static final List<String> ENGLISH = List.of("Info", "Tasks", "Events", "Spending");

    private SampleWorkbookWriter() {
    }

    static void write(SampleSubmission submission, Path file) {
        WritingStyle style = submission.style();
        List<String> names = style.has(Quirk.ENGLISH) ? ENGLISH : style.has(Quirk.SHEET_ALIASES) ? ALIASES : CANONICAL;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            describe(workbook, submission);
            WorkbookStyles styles = new WorkbookStyles(workbook, style.has(Quirk.NFD));
            writeInfo(sheet(workbook, styles, names.get(0)), styles, submission);
            if (!style.has(Quirk.NO_TASK_SHEET)) {
                TaskSheetWriter.write(sheet(workbook, styles, names.get(1)), styles, submission);
            }
            EventSheetWriter.write(sheet(workbook, styles, names.get(2)), styles, submission);
            SpendingSheetWriter.write(sheet(workbook, styles, names.get(3)), styles, submission);
            StableZip.copy(StableZip.bytes(workbook::write), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The preparer and the report's date as document properties, instead of the time of generation. */
    private static void describe(XSSFWorkbook workbook, SampleSubmission submission) {
        SampleContact contact = SampleContact.of(submission);
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setCreator(contact.preparer());
        core.setCreated(Optional.of(Date.from(contact.date().atTime(8, 0).toInstant(ZoneOffset.ofHours(7)))));
    }

    private static Sheet sheet(Workbook workbook, WorkbookStyles styles, String name) {
        Sheet sheet = workbook.createSheet(styles.text(name));
        sheet.setColumnWidth(0, 12 * 256);
        for (int i = 1; i < 15; i++) {
            sheet.setColumnWidth(i, (i == 2 ? 55 : 18) * 256);
        }
        return sheet;
    }

    private static void writeInfo(Sheet sheet, WorkbookStyles styles, SampleSubmission submission) {
        WritingStyle style = submission.style();
        boolean english = style.has(Quirk.ENGLISH);
        int[] next = {0};
        if (style.naming() != AgencyNaming.CODE_ONLY) {
            info(sheet, styles, next, english ? "Agency" : "Cơ quan báo cáo", submission.agencyAsWritten());
        }
        if (style.naming() == AgencyNaming.CODE_ONLY || english) {
            info(sheet, styles, next, english ? "Agency code" : "Mã cơ quan", submission.agencyCode());
        }
        info(sheet, styles, next, english ? "Year" : "Năm", submission.year());
        info(sheet, styles, next, english ? "Period" : "Kỳ báo cáo", style.periodText());
        if (!english) {
            SampleContact contact = SampleContact.of(submission);
            info(sheet, styles, next, "Người lập", contact.preparer());
            info(sheet, styles, next, "Điện thoại", contact.phone());
            info(sheet, styles, next, "Email", contact.email());
            info(sheet, styles, next, "Ngày lập", contact.date());
        } else {
            // the stated date, not the file's time, tells when a report was made (a clone resets file times)
            info(sheet, styles, next, "Report date", SampleContact.of(submission).date());
        }
    }

    private static void info(Sheet sheet, WorkbookStyles styles, int[] next, String label, Object value) {
        Row row = sheet.createRow(next[0]++);
        styles.title(row, 0, label);
        styles.put(row, 1, value);
    }
}
