package vn.daklak.ngoaivu.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleWorkbookContentTest {

    @TempDir
    static Path inbox;

    static List<SampleFile> files;

    @BeforeAll
    static void writeInbox() {
        files = SampleInbox.write(inbox);
    }

    @Test
    void everyFileOpensWithTheIntendedSheets() throws IOException {
        for (SampleFile file : files) {
            try (Workbook workbook = open(file)) {
                List<String> names = new ArrayList<>();
                workbook.forEach(s -> names.add(WrittenTable.normal(s.getSheetName())));
                WritingStyle style = file.submission().style();
                List<String> intended = style.has(Quirk.ENGLISH) ? List.of("Info", "Tasks", "Events", "Spending")
                        : style.has(Quirk.SHEET_ALIASES) ? List.of("Thong tin", "Nhiem vu", "Sự kiện", "Kinh phi")
                        : List.of("Thông tin chung", "Nhiệm vụ", "Hoạt động", "Kinh phí");
                if (style.has(Quirk.NO_TASK_SHEET)) {
                    intended = List.of(intended.get(0), intended.get(2), intended.get(3));
                }
                assertThat(names).as(file.path().getFileName().toString()).isEqualTo(intended);
            }
        }
    }

    @Test
    void theInfoSheetNamesTheAgencyYearAndPeriodAsWritten() throws IOException {
        for (SampleFile file : files) {
            SampleSubmission s = file.submission();
            try (Workbook workbook = open(file)) {
                List<String> values = new ArrayList<>();
                workbook.getSheetAt(0).forEach(r -> values.add(WrittenTable.normal(r.getCell(1).toString())));
                assertThat(values).as(s.fileName()).contains(s.agencyAsWritten(), "2024.0", s.style().periodText());
            }
        }
    }

    @Test
    void theTablesHoldTheModelsRows() throws IOException {
        for (SampleFile file : files) {
            SampleSubmission s = file.submission();
            try (Workbook workbook = open(file)) {
                int sheets = workbook.getNumberOfSheets();
                WrittenTable events = WrittenTable.of(workbook.getSheetAt(sheets - 2));
                WrittenTable spending = WrittenTable.of(workbook.getSheetAt(sheets - 1));
                assertThat(events.dataRows()).as(s.fileName()).hasSameSizeAs(s.events());
                assertThat(spending.dataRows()).as(s.fileName()).hasSameSizeAs(s.spending());
                int people = events.column("Số người tham gia", "Số người\ntham gia", "Participants");
                assertThat(events.sum(people)).as(s.fileName())
                        .isEqualTo(s.events().stream().mapToInt(EventReport::participants).sum());
                if (!s.style().has(Quirk.NO_TASK_SHEET)) {
                    WrittenTable tasks = WrittenTable.of(workbook.getSheetAt(1));
                    int code = tasks.column("Mã nhiệm vụ", "Mã\nnhiệm vụ", "Task code");
                    assertThat(tasks.texts(code)).as(s.fileName())
                            .isEqualTo(s.tasks().stream().map(TaskReport::code).toList());
                }
            }
        }
    }

    @Test
    void amountsInMillionsOrDongAddUpToTheModel() throws IOException {
        for (SampleFile file : files) {
            SampleSubmission s = file.submission();
            if (s.style().has(Quirk.MONEY_AS_TEXT)) {
                continue;
            }
            boolean millions = s.style().has(Quirk.MONEY_UNIT_TITLE) || s.style().has(Quirk.MONEY_UNIT_HEADER);
            try (Workbook workbook = open(file)) {
                WrittenTable spending = WrittenTable.of(workbook.getSheetAt(workbook.getNumberOfSheets() - 1));
                int spent = spending.column("Đã thực hiện", "Đã thực hiện (triệu đồng)", "Đã\ngiải ngân", "Spent");
                assertThat(spending.sum(spent) * (millions ? 1_000_000 : 1)).as(s.fileName()).isCloseTo(
                        s.spending().stream().mapToLong(SpendingReport::spent).sum(), within(0.01));
            }
        }
    }

    @Test
    void correctTotalRowsAddUp() throws IOException {
        for (SampleFile file : files) {
            SampleSubmission s = file.submission();
            if (!s.style().has(Quirk.TOTALS)) {
                continue;
            }
            try (Workbook workbook = open(file)) {
                Sheet sheet = workbook.getSheetAt(workbook.getNumberOfSheets() - 2);
                WrittenTable events = WrittenTable.of(sheet);
                int people = events.column("Số người tham gia", "Participants");
                Row total = events.totalRow();
                assertThat(total).as(s.fileName()).isNotNull();
                assertThat(total.getCell(people).getNumericCellValue()).isEqualTo(events.sum(people));
            }
        }
    }

    static Workbook open(SampleFile file) throws IOException {
        return WorkbookFactory.create(file.path().toFile(), null, true);
    }
}
