package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.daklak.ngoaivu.ingest.Rows.row;

import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.MoneyUnits;
import vn.daklak.ngoaivu.read.SheetRow;

class SpendingRowMapperTest {

    private final SpendingRowMapper mapper = new SpendingRowMapper();

    private RowResult<SpendingRow> map(SheetRow row) {
        return mapper.map(row, TestSheets.spending(MoneyUnits.DONG));
    }

    @Test
    void mapsMoneyFromNumbersAndText() {
        RowResult<SpendingRow> result = map(row(4, 1, "NV01", "Thuê trang phục", "NSNN", "850.000.000",
                850_000_000, "800 triệu"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.row()).isEqualTo(new SpendingRow(4, "NV01", "Thuê trang phục", FundingSource.STATE_BUDGET,
                850_000_000L, 850_000_000L, 800_000_000L));
    }

    @Test
    void plainNumbersAreMultipliedByTheSheetUnit() {
        RowResult<SpendingRow> result = mapper.map(row(4, 1, "NV04", null, "Xã hội hóa", null, 300, 250),
                TestSheets.spending(MoneyUnits.MILLION));

        assertThat(result.row().allocated()).isEqualTo(300_000_000L);
        assertThat(result.row().spent()).isEqualTo(250_000_000L);
        assertThat(result.row().estimate()).isNull();
    }

    @Test
    void missingSourceAndSpentAreErrors() {
        RowResult<SpendingRow> result = map(row(4, 1, "NV01", "Chi khác", null, 1_000_000));

        assertThat(result.row()).isNull();
        assertThat(result.problems()).extracting(Problem::code, Problem::column).containsExactly(
                tuple("MISSING_REQUIRED_VALUE", "D (Nguồn kinh phí)"),
                tuple("MISSING_REQUIRED_VALUE", "G (Đã thực hiện)"));
    }

    @Test
    void unknownFundingSourceIsAnError() {
        RowResult<SpendingRow> result = map(row(4, 1, "NV01", null, "Vốn vay ODA", null, null, 5_000_000));

        assertThat(result.row()).isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("UNKNOWN_FUNDING_SOURCE");
            assertThat(p.message()).contains("\"Vốn vay ODA\"", "Ngân sách nhà nước", "Xã hội hóa");
        });
    }

    @Test
    void negativeAmountsAreErrors() {
        RowResult<SpendingRow> number = map(row(4, 1, "NV01", null, "NSNN", null, null, -5_000_000));
        RowResult<SpendingRow> text = map(row(5, 1, "NV01", null, "NSNN", "-1.000.000", null, 5_000_000));

        assertThat(number.row()).isNull();
        assertThat(number.problems()).singleElement().extracting(Problem::code, Problem::columnIndex)
                .containsExactly("NEGATIVE_AMOUNT", 6);
        assertThat(text.row()).isNull();
        assertThat(text.problems()).singleElement().extracting(Problem::code, Problem::rawValue)
                .containsExactly("NEGATIVE_AMOUNT", "-1.000.000");
    }

    @Test
    void unreadableMoneyIsAnError() {
        RowResult<SpendingRow> result = map(row(4, 1, "NV01", null, "NSNN", null, null, "khoảng một ít"));

        assertThat(result.row()).isNull();
        assertThat(result.problems()).singleElement().extracting(Problem::code, Problem::severity)
                .containsExactly("INVALID_MONEY", Severity.ERROR);
    }

    @Test
    void spentAboveAllocatedIsAWarning() {
        RowResult<SpendingRow> result = map(row(4, 1, "NV01", null, "NSNN", null, 100_000_000, 120_000_000));

        assertThat(result.row().spent()).isEqualTo(120_000_000L);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("SPENT_ABOVE_ALLOCATED");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("120.000.000", "100.000.000");
        });
    }

    @Test
    void unknownTaskCodeIsAnError() {
        RowResult<SpendingRow> result = map(row(4, 1, "NV77", null, "NSNN", null, null, 1_000_000));

        assertThat(result.row()).isNull();
        assertThat(result.problems()).extracting(Problem::code).containsExactly("UNKNOWN_TASK_CODE");
    }
}
