package vn.daklak.ngoaivu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultySamplesTest {

    @TempDir
    static Path inbox;

    static List<SampleFile> files;

    @BeforeAll
    static void writeInbox() {
        files = SampleInbox.write(inbox);
    }

    @Test
    void exactlyThreeFilesCarryAMistakeAndOnlyTwoAreRejected() {
        assertThat(files.stream().filter(f -> faulty(f.submission().style()))).hasSize(3);
        assertThat(files.stream().filter(f -> !f.submission().expectedAccepted()).map(f -> f.submission().style()))
                .hasSize(2).allMatch(s -> s.has(Quirk.UNKNOWN_TASK_CODE) || s.has(Quirk.NO_TASK_SHEET));
    }

    @Test
    void theUnknownTaskCodeIsInTheTasksSheet() throws IOException {
        SampleFile file = only(Quirk.UNKNOWN_TASK_CODE);
        try (Workbook workbook = SampleWorkbookContentTest.open(file)) {
            WrittenTable tasks = WrittenTable.of(workbook.getSheetAt(1));
            assertThat(tasks.texts(tasks.column("Mã nhiệm vụ"))).contains("NV99");
        }
        assertThat(SamplePlan.tasks()).noneMatch(t -> t.code().equals("NV99"));
    }

    @Test
    void theWorkbookWithoutTasksHasNoTasksSheetUnderAnyName() throws IOException {
        SampleFile file = only(Quirk.NO_TASK_SHEET);
        try (Workbook workbook = SampleWorkbookContentTest.open(file)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheet("Nhiệm vụ")).isNull();
            assertThat(workbook.getSheet("Nhiem vu")).isNull();
            assertThat(workbook.getSheet("Tasks")).isNull();
        }
    }

    @Test
    void theWrongTotalDoesNotAddUpButTheFileIsStillAccepted() throws IOException {
        SampleFile file = only(Quirk.WRONG_TOTAL);
        assertThat(file.submission().expectedAccepted()).isTrue();
        try (Workbook workbook = SampleWorkbookContentTest.open(file)) {
            WrittenTable events = WrittenTable.of(workbook.getSheetAt(2));
            int people = events.column("Số người tham gia");
            assertThat(events.totalRow().getCell(people).getNumericCellValue())
                    .isEqualTo(events.sum(people) + EventSheetWriter.WRONG_TOTAL_ERROR);
        }
    }

    @Test
    void aRejectedAgencyHasNoOtherAnnualReport() {
        SampleSubmission rejected = only(Quirk.UNKNOWN_TASK_CODE).submission();
        assertThat(files).filteredOn(f -> f.submission().agencyCode().equals(rejected.agencyCode())
                && f.submission().period() == rejected.period()).hasSize(1);
    }

    private static SampleFile only(Quirk quirk) {
        List<SampleFile> matching = files.stream().filter(f -> f.submission().style().has(quirk)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static boolean faulty(WritingStyle style) {
        return style.has(Quirk.UNKNOWN_TASK_CODE) || style.has(Quirk.NO_TASK_SHEET) || style.has(Quirk.WRONG_TOTAL);
    }
}
