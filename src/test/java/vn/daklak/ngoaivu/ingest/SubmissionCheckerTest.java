package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.Period;

class SubmissionCheckerTest {

    private final SubmissionChecker checker = new SubmissionChecker(TestReference.load());

    @TempDir
    Path dir;

    private CheckResult check(TestWorkbook workbook) throws IOException {
        return checker.check(workbook.writeXlsx(dir.resolve("bao-cao.xlsx")));
    }

    @Test
    void validWorkbookIsAcceptedWithEveryRow() throws IOException {
        CheckResult result = check(TestWorkbook.valid2024());

        assertThat(result.problems()).isEmpty();
        assertThat(result.rejected()).isFalse();
        assertThat(result.inspection().header().agencyCode()).isEqualTo("SVHTTDL");
        assertThat(result.inspection().header().period()).isEqualTo(Period.YEAR);
        assertThat(result.tasks()).extracting(TaskRow::rowNo, TaskRow::taskCode)
                .containsExactly(tuple(4, "NV01"),
                        tuple(5, "NV02"));
        assertThat(result.events()).extracting(EventRow::taskCode, EventRow::country, EventRow::partnerCode)
                .containsExactly(tuple("NV01", "KR", "KR-JB"),
                        tuple("NV02", "LA", "LA-CH"));
        assertThat(result.events().get(0).start().date()).isEqualTo(java.time.LocalDate.of(2024, 5, 10));
        assertThat(result.spending()).extracting(SpendingRow::source, SpendingRow::allocated, SpendingRow::spent)
                .containsExactly(
                        tuple(FundingSource.STATE_BUDGET, 850_000_000L, 820_000_000L),
                        tuple(FundingSource.SOCIALIZED, 1_000_000_000L, 950_000_000L));
    }

    @Test
    void unknownTaskCodeRejectsTheFile() throws IOException {
        CheckResult result = check(TestWorkbook.valid2024().set("Nhiệm vụ", 5, 1, "NV99"));

        assertThat(result.rejected()).isTrue();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p).extracting(Problem::sheet, Problem::row, Problem::code)
                    .containsExactly("Nhiệm vụ", 5, "UNKNOWN_TASK_CODE");
            assertThat(p.message()).contains("NV99");
        });
        assertThat(result.tasks()).extracting(TaskRow::taskCode).containsExactly("NV01");
    }

    @Test
    void missingTaskSheetRejectsTheFile() throws IOException {
        CheckResult result = check(TestWorkbook.valid2024().without("Nhiệm vụ"));

        assertThat(result.rejected()).isTrue();
        assertThat(result.problems()).extracting(Problem::code).containsExactly("MISSING_TASK_SHEET");
        assertThat(result.tasks()).isEmpty();
    }

    @Test
    void totalRowMismatchIsOnlyAWarning() throws IOException {
        CheckResult result = check(TestWorkbook.valid2024().set("Kinh phí", 5, 6, 1700));

        assertThat(result.rejected()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p).extracting(Problem::sheet, Problem::row, Problem::columnIndex, Problem::severity,
                    Problem::code).containsExactly("Kinh phí", 5, 6, Severity.WARNING, "TOTAL_MISMATCH");
            assertThat(p.message()).contains("1.700.000.000", "1.770.000.000");
        });
        assertThat(result.spending()).hasSize(2);
    }

    @Test
    void fileThatIsNotAWorkbookIsOneFileLevelError() throws IOException {
        Path text = Files.writeString(dir.resolve("bao-cao.xlsx"), "đây không phải bảng tính", StandardCharsets.UTF_8);

        CheckResult result = checker.check(text);

        assertThat(result.rejected()).isTrue();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isNull();
            assertThat(p.code()).isEqualTo("NOT_A_WORKBOOK");
            assertThat(p.message()).isNotBlank();
        });
    }

    @Test
    void missingFileIsAFileLevelErrorNotAnException() {
        CheckResult result = checker.check(dir.resolve("khong-co.xlsx"));

        assertThat(result.rejected()).isTrue();
        assertThat(result.problems()).hasSize(1);
    }

    @Test
    void aSheetThatBreaksNearItsHeaderIsAFileErrorNamingTheSheet() throws Exception {
        Path file = withRowsAppendedToTheTaskSheet("<row r=\"40\"><c r=\"A40\"><v>không-phải-số</v></c></row>");

        CheckResult result = checker.check(file);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("CORRUPT");
            assertThat(p.message()).startsWith("Không đọc được trang \"Nhiệm vụ\"").contains("Hãy mở tệp bằng Excel");
        });
    }

    @Test
    void aSheetThatBreaksFurtherDownIsAFileErrorNamingTheSheet() throws Exception {
        Path file = withRowsAppendedToTheTaskSheet("<row r=\"39\"><c r=\"B39\" t=\"inlineStr\"><is><t>NV01</t></is></c>"
                + "</row><row r=\"40\"><c r=\"A40\"><v>không-phải-số</v></c></row>");

        CheckResult result = checker.check(file);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("UNEXPECTED_FAILURE");
            assertThat(p.message()).startsWith("Không đọc được trang \"Nhiệm vụ\" (sau dòng 39)");
        });
    }

    /** A valid workbook whose task sheet ends with {@code rowsXml}, written as the sheet's XML. */
    private Path withRowsAppendedToTheTaskSheet(String rowsXml) throws Exception {
        Path file = TestWorkbook.valid2024().writeXlsx(dir.resolve("bao-cao.xlsx"));
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + file.toUri()), Map.of())) {
            Path sheet = zip.getPath("xl/worksheets/sheet2.xml");
            String xml = Files.readString(sheet, StandardCharsets.UTF_8);
            Files.writeString(sheet, xml.replace("</sheetData>", rowsXml + "</sheetData>"), StandardCharsets.UTF_8);
        }
        return file;
    }
}
