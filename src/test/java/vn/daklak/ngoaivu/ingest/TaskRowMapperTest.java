package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.daklak.ngoaivu.ingest.Rows.pct;
import static vn.daklak.ngoaivu.ingest.Rows.row;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;
import vn.daklak.ngoaivu.normalize.TaskStatus;
import vn.daklak.ngoaivu.read.SheetRow;

class TaskRowMapperTest {

    private final TaskRowMapper mapper = new TaskRowMapper();

    private RowResult<TaskRow> map(SheetRow row) {
        return mapper.map(row, TestSheets.tasks());
    }

    @Test
    void mapsACompleteRow() {
        RowResult<TaskRow> result = map(row(5, 1, "nv 1", "Tổ chức đoàn nghệ thuật", "Hoàn thành", 100,
                "Biểu diễn 3 đêm", "Kinh phí chậm", "Tăng kinh phí"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.row()).isEqualTo(new TaskRow(5, "NV01", "Tổ chức đoàn nghệ thuật", TaskStatus.DONE,
                result.row().percent(), "Biểu diễn 3 đêm", "Kinh phí chậm", "Tăng kinh phí"));
        assertThat(result.row().percent()).isEqualByComparingTo("100");
    }

    @Test
    void unknownTaskCodeIsAnErrorWithTheClosestPlanCodes() {
        RowResult<TaskRow> result = map(row(7, 1, "NV99", null, "Đang thực hiện"));

        assertThat(result.row()).isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p).extracting(Problem::sheet, Problem::row, Problem::columnIndex, Problem::column,
                    Problem::rawValue, Problem::severity, Problem::code)
                    .containsExactly("Nhiệm vụ", 7, 1, "B (Mã nhiệm vụ)", "NV99", Severity.ERROR, "UNKNOWN_TASK_CODE");
            assertThat(p.message()).contains("\"NV99\"", "Kế hoạch năm 2024", "NV09", "Phụ lục kế hoạch");
        });
    }

    @Test
    void missingTaskCodeAndStatusAreErrors() {
        RowResult<TaskRow> result = map(row(8, 1, null, "Nội dung"));

        assertThat(result.row()).isNull();
        assertThat(result.problems()).extracting(Problem::code, Problem::columnIndex)
                .containsExactly(tuple("MISSING_REQUIRED_VALUE", 1),
                        tuple("MISSING_REQUIRED_VALUE", 3));
        assertThat(result.problems().get(1).message()).contains("Tình trạng");
    }

    @Test
    void unknownStatusIsAnErrorListingTheAcceptedValues() {
        RowResult<TaskRow> result = map(row(9, 1, "NV02", null, "Sắp xong"));

        assertThat(result.row()).isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("UNKNOWN_STATUS");
            assertThat(p.column()).isEqualTo("D (Tình trạng)");
            assertThat(p.message()).contains("\"Sắp xong\"", "Hoàn thành", "Đang thực hiện");
        });
    }

    @Test
    void percentIsReadFromPercentCellsNumbersAndText() {
        assertThat(map(row(5, 1, "NV01", null, "Đang thực hiện", pct(0.85))).row().percent()).isEqualByComparingTo("85");
        assertThat(map(row(5, 1, "NV01", null, "Đang thực hiện", 85)).row().percent()).isEqualByComparingTo("85");
        assertThat(map(row(5, 1, "NV01", null, "Đang thực hiện", "85%")).row().percent()).isEqualByComparingTo("85");
    }

    @Test
    void percentOutOfRangeIsAnError() {
        RowResult<TaskRow> result = map(row(5, 1, "NV01", null, "Đang thực hiện", 150));

        assertThat(result.row()).isNull();
        assertThat(result.problems()).singleElement().extracting(Problem::code, Problem::severity)
                .containsExactly("INVALID_PERCENT", Severity.ERROR);
    }

    @Test
    void doneBelowHundredPercentIsOnlyAWarning() {
        RowResult<TaskRow> result = map(row(6, 1, "NV03", null, "Đã hoàn thành", 80));

        assertThat(result.row().status()).isEqualTo(TaskStatus.DONE);
        assertThat(result.row().percent()).isEqualByComparingTo(BigDecimal.valueOf(80));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("DONE_BELOW_100");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.columnIndex()).isEqualTo(4);
            assertThat(p.message()).contains("80%");
        });
    }
}
