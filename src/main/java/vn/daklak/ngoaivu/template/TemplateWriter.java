package vn.daklak.ngoaivu.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.daklak.ngoaivu.normalize.AgencyRef;
import vn.daklak.ngoaivu.reference.PlanTaskRef;
import vn.daklak.ngoaivu.reference.ReferenceData;
import vn.daklak.ngoaivu.support.SpreadsheetText;

/**
 * Writes the blank submission workbook of a year ({@code template --year Y [--agency CODE]}): {@code Hướng dẫn},
 * {@code Thông tin chung}, {@code Nhiệm vụ} (plan tasks prefilled, see {@link TaskSelection}), {@code Hoạt động},
 * {@code Kinh phí}, and the hidden {@code Danh mục} that feeds the drop-down lists.
 */
public final class TemplateWriter {

    /**
     * @throws IllegalArgumentException when {@code reference} holds no plan for {@code year} (message in Vietnamese)
     */
    public void write(int year, AgencyRef agencyOrNull, ReferenceData reference, Path out) throws IOException {
        List<PlanTaskRef> plan = reference.tasks(year);
        if (plan.isEmpty()) {
            throw new IllegalArgumentException("Chưa có Kế hoạch năm " + year + " (tệp plan-" + year
                    + "-tasks.csv trong thư mục reference hoặc plans), nên chưa lập được mẫu báo cáo năm " + year + ".");
        }
        List<PlanTaskRef> tasks = TaskSelection.prefilled(plan, agencyOrNull);
        Map<CodeList, List<String>> lists = TemplateLists.forYear(year, reference);
        Set<CodeList> named = CodeListSheet.named(lists);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TemplateStyles styles = new TemplateStyles(workbook);
            new InstructionsSheet(styles).write(workbook, year, agencyOrNull, tasks.size());
            new InfoSheet(styles, named).write(workbook, year, agencyOrNull);
            TableSheet tables = new TableSheet(styles, named, year);
            prefill(tables.write(workbook, TemplateFormat.TASKS, TemplateFormat.TASK_COLUMNS), tasks, styles);
            tables.write(workbook, TemplateFormat.EVENTS, TemplateFormat.EVENT_COLUMNS);
            tables.write(workbook, TemplateFormat.SPENDING, TemplateFormat.SPENDING_COLUMNS);
            CodeListSheet.write(workbook, lists, styles.header());
            workbook.setActiveSheet(0);
            save(workbook, out);
        }
    }

    /** STT, code and content of each selected task; the agency fills in the rest of the row. */
    private static void prefill(Sheet sheet, List<PlanTaskRef> tasks, TemplateStyles styles) {
        int r = 1;
        for (PlanTaskRef task : tasks) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(r);
            Cell code = row.createCell(1);
            code.setCellValue(SpreadsheetText.escapeOrEmpty(task.code()));
            code.setCellStyle(styles.prefilled());
            Cell content = row.createCell(2);
            content.setCellValue(SpreadsheetText.escapeOrEmpty(task.content()));
            content.setCellStyle(styles.prefilled());
            r++;
        }
    }

    private static void save(XSSFWorkbook workbook, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            workbook.write(stream);
        }
    }
}
