package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;
import vn.daklak.ngoaivu.format.SheetKind;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.reference.ReferenceData;

class SubmissionInspectorTest {

    private static final String INFO = "Thông tin chung";
    private static final ReferenceData REFERENCE = TestReference.withPlanCopies(2025, 2026);

    private static Inspection inspect(TestWorkbook workbook) {
        return new SubmissionInspector(REFERENCE).inspect(workbook.inMemory());
    }

    /** The valid workbook with the agency name (row 1) and code (row 2) replaced; null clears the cell. */
    private static Inspection agency(String name, String code) {
        return inspect(TestWorkbook.valid2024().set(INFO, 1, 1, name).set(INFO, 2, 1, code));
    }

    private static Inspection year(Object year) {
        return inspect(TestWorkbook.valid2024().set(INFO, 3, 1, year));
    }

    private static List<String> codes(Inspection inspection) {
        return inspection.problems().stream().map(Problem::code).toList();
    }

    private static Problem only(Inspection inspection) {
        assertThat(inspection.problems()).hasSize(1);
        return inspection.problems().get(0);
    }

    @Test
    void validWorkbookHasNoProblems() {
        Inspection inspection = inspect(TestWorkbook.valid2024());

        assertThat(inspection.problems()).isEmpty();
        assertThat(inspection.header()).isEqualTo(new SubmissionHeader("SVHTTDL", 2024, Period.YEAR, "Nguyễn Văn An",
                "0262 3852 123", "an.nv@daklak.gov.vn", java.time.LocalDate.of(2025, 1, 5)));
        assertThat(inspection.sheets()).containsOnlyKeys(SheetKind.values());
        assertThat(inspection.headers()).containsOnlyKeys(SheetKind.TASKS, SheetKind.EVENTS, SheetKind.SPENDING);
        assertThat(inspection.headers().get(SheetKind.TASKS).headerRow()).isEqualTo(3);
    }

    @Test
    void agencyByCodeOnly() {
        Inspection inspection = agency(null, "sngv");

        assertThat(inspection.problems()).isEmpty();
        assertThat(inspection.header().agencyCode()).isEqualTo("SNGV");
    }

    @Test
    void agencyByNameOnly() {
        Inspection inspection = agency("Sở Văn hoá Thể thao và Du lịch", null);

        assertThat(inspection.problems()).isEmpty();
        assertThat(inspection.header().agencyCode()).isEqualTo("SVHTTDL");
    }

    @Test
    void agencyByCodeAndNameAgreeing() {
        Inspection inspection = agency("Sở Tài chính", "STC");

        assertThat(inspection.problems()).isEmpty();
        assertThat(inspection.header().agencyCode()).isEqualTo("STC");
    }

    @Test
    void codeDisambiguatesAnAmbiguousName() {
        Inspection inspection = agency("SNV", "SNOV");

        assertThat(inspection.problems()).isEmpty();
        assertThat(inspection.header().agencyCode()).isEqualTo("SNOV");
    }

    @Test
    void codeAndNameOfDifferentAgenciesConflict() {
        Problem problem = only(agency("Sở Ngoại vụ", "STC"));

        assertThat(problem.code()).isEqualTo("AGENCY_CONFLICT");
        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        assertThat(problem.message()).contains("STC", "Sở Tài chính", "SNGV", "Sở Ngoại vụ");
        assertThat(problem).extracting(Problem::sheet, Problem::row, Problem::column)
                .containsExactly(INFO, 2, "B (Mã cơ quan)");
    }

    @Test
    void unknownAgencyNamesTheClosestKnownOnes() {
        Inspection inspection = agency("Sở Văn hóa Thể thao Du lịc", null);

        Problem problem = only(inspection);
        assertThat(problem.code()).isEqualTo("UNKNOWN_AGENCY");
        assertThat(problem.message()).contains("Sở Văn hóa Thể thao Du lịc", "SVHTTDL");
        assertThat(inspection.header().agencyCode()).isNull();
    }

    @Test
    void unknownAgencyCodeIsAnError() {
        assertThat(codes(agency(null, "XYZ"))).containsExactly("UNKNOWN_AGENCY_CODE");
    }

    @Test
    void snvIsAmbiguous() {
        Problem problem = only(agency("SNV", null));

        assertThat(problem.code()).isEqualTo("AMBIGUOUS_AGENCY");
        assertThat(problem.message()).contains("SNGV", "SNOV", "Mã cơ quan");
    }

    @Test
    void missingAgencyIsAnError() {
        assertThat(codes(agency(null, null))).containsExactly("MISSING_AGENCY");
    }

    @Test
    void departmentMergedOn2025_02_28StillReportsFor2025() {
        Inspection inspection = inspect(TestWorkbook.valid2024().set(INFO, 1, 1, null).set(INFO, 2, 1, "SKHDT")
                .set(INFO, 3, 1, 2025));

        assertThat(inspection.problems()).isEmpty();
        assertThat(inspection.header().agencyCode()).isEqualTo("SKHDT");
    }

    @Test
    void departmentMergedOn2025_02_28CannotReportFor2026() {
        Inspection inspection = inspect(TestWorkbook.valid2024().set(INFO, 1, 1, null).set(INFO, 2, 1, "SKHDT")
                .set(INFO, 3, 1, 2026));

        Problem problem = only(inspection);
        assertThat(problem.code()).isEqualTo("AGENCY_NOT_VALID");
        assertThat(problem.message()).contains("28/02/2025", "STC", "2026");
        assertThat(inspection.header().agencyCode()).isNull();
    }

    @Test
    void departmentCreatedIn2025CannotReportFor2024() {
        Problem problem = only(agency(null, "SNNMT"));

        assertThat(problem.code()).isEqualTo("AGENCY_NOT_VALID");
        assertThat(problem.message()).contains("01/03/2025");
    }

    @Test
    void districtReportsFor2024() {
        Inspection inspection = agency("UBND TP. Buôn Ma Thuột", null);

        assertThat(inspection.problems()).isEmpty();
        assertThat(inspection.header().agencyCode()).isEqualTo("UBBMT");
    }

    @Test
    void yearFromNumberOrText() {
        assertThat(year(2024.0).header().year()).isEqualTo(2024);
        assertThat(year("2024").header().year()).isEqualTo(2024);
        assertThat(year("Năm 2024").header().year()).isEqualTo(2024);
    }

    @Test
    void missingOrMalformedYearIsAnError() {
        assertThat(codes(year(null))).containsExactly("MISSING_YEAR");
        assertThat(codes(year("24"))).containsExactly("INVALID_YEAR");
        assertThat(codes(year(2024.5))).containsExactly("INVALID_YEAR");
    }

    @Test
    void yearWithoutAPlanIsAnError() {
        Inspection inspection = year(2023);

        assertThat(only(inspection).code()).isEqualTo("NO_PLAN_FOR_YEAR");
        assertThat(inspection.header().year()).isNull();
    }

    @Test
    void periodIsRequiredAndParsed() {
        assertThat(inspect(TestWorkbook.valid2024().set(INFO, 4, 1, "6 tháng đầu năm")).header().period())
                .isEqualTo(Period.H1);
        assertThat(codes(inspect(TestWorkbook.valid2024().set(INFO, 4, 1, null)))).containsExactly("MISSING_PERIOD");
        assertThat(codes(inspect(TestWorkbook.valid2024().set(INFO, 4, 1, "Quý 3")))).containsExactly("INVALID_PERIOD");
    }

    @Test
    void unreadableReportDateIsOnlyAWarning() {
        Inspection inspection = inspect(TestWorkbook.valid2024().set(INFO, 8, 1, "hôm qua"));

        assertThat(only(inspection)).extracting(Problem::code, Problem::severity)
                .containsExactly("INVALID_REPORT_DATE", Severity.WARNING);
        assertThat(inspection.header().reportDate()).isNull();
        assertThat(inspection.header().agencyCode()).isEqualTo("SVHTTDL");
    }

    @Test
    void missingInfoSheetIsAnError() {
        Inspection inspection = inspect(TestWorkbook.valid2024().without(INFO));

        assertThat(codes(inspection)).containsExactly("MISSING_INFO_SHEET");
        assertThat(inspection.hasErrors()).isTrue();
    }

    @Test
    void missingTaskSheetIsAnError() {
        Inspection inspection = inspect(TestWorkbook.valid2024().without("Nhiệm vụ"));

        assertThat(codes(inspection)).containsExactly("MISSING_TASK_SHEET");
        assertThat(inspection.hasErrors()).isTrue();
    }

    @Test
    void missingEventAndSpendingSheetsAreWarnings() {
        Inspection inspection = inspect(TestWorkbook.valid2024().without("Hoạt động").without("Kinh phí"));

        assertThat(inspection.problems()).extracting(Problem::code, Problem::severity).containsExactly(
                tuple("NO_EVENTS_SHEET", Severity.WARNING),
                tuple("NO_SPENDING_SHEET", Severity.WARNING));
        assertThat(inspection.problems().get(0).message()).contains("không có hoạt động nào được báo cáo");
        assertThat(inspection.problems().get(1).message()).contains("không có kinh phí nào được báo cáo");
    }

    @Test
    void missingRequiredHeaderIsAnErrorNamingItAndTheSheet() {
        Inspection inspection = inspect(TestWorkbook.valid2024().set("Nhiệm vụ", 3, 3, "Ghi chú thêm"));

        assertThat(inspection.problems()).filteredOn(Problem::isError).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("MISSING_REQUIRED_HEADER");
            assertThat(p.sheet()).isEqualTo("Nhiệm vụ");
            assertThat(p.message()).contains("Tình trạng", "Nhiệm vụ");
        });
        assertThat(inspection.headers()).doesNotContainKey(SheetKind.TASKS);
    }

    @Test
    void sheetWithoutAnyHeaderIsAnError() {
        Inspection inspection = inspect(TestWorkbook.valid2024().sheet("Kinh phí", new Object[] {"Không có số liệu"}));

        assertThat(only(inspection)).extracting(Problem::code, Problem::sheet)
                .containsExactly("HEADER_NOT_FOUND", "Kinh phí");
    }

    @Test
    void unknownExtraColumnIsAWarning() {
        Inspection inspection = inspect(TestWorkbook.valid2024().set("Nhiệm vụ", 3, 9, "Người phụ trách"));

        assertThat(only(inspection)).extracting(Problem::code, Problem::severity, Problem::row, Problem::columnIndex,
                Problem::rawValue).containsExactly("UNKNOWN_COLUMN", Severity.WARNING, 3, 9, "Người phụ trách");
        assertThat(inspection.headers()).containsKey(SheetKind.TASKS);
    }
}
