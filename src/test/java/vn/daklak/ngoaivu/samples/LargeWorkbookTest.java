package vn.daklak.ngoaivu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargeWorkbookTest {

    @TempDir
    Path temp;

    @Test
    void theRowsGoMostlyToActivitiesAndTheRestToSpending() throws IOException {
        Path file = temp.resolve("SVHTTDL-2024-YEAR-lon.xlsx");
        SampleInbox.writeLarge(file, 3_000);

        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            WrittenTable events = WrittenTable.of(workbook.getSheet("Hoạt động"));
            WrittenTable spending = WrittenTable.of(workbook.getSheet("Kinh phí"));
            assertThat(events.dataRows()).hasSize(2_700);
            assertThat(spending.dataRows()).hasSize(300);
            assertThat(WrittenTable.of(workbook.getSheet("Nhiệm vụ")).dataRows()).hasSize(8);
            assertThat(workbook.getSheet("Thông tin chung").getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
            assertThat(events.texts(events.column("Mã nhiệm vụ")))
                    .allMatch(code -> SamplePlan.tasks().stream().anyMatch(t -> t.code().equals(code)));
        }
    }
}
