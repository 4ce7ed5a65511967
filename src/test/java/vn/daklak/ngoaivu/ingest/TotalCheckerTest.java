package vn.daklak.ngoaivu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daklak.ngoaivu.ingest.Rows.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.MoneyUnits;

class TotalCheckerTest {

    private final SheetContext spending = TestSheets.spending(MoneyUnits.DONG);

    private static SpendingRow spent(long allocated, long spent) {
        return new SpendingRow(4, "NV01", null, FundingSource.STATE_BUDGET, null, allocated, spent);
    }

    @Test
    void totalEqualToTheRowsAboveIsFine() {
        TotalChecker checker = new TotalChecker(RowTable.SPENDING.numericFields());
        checker.add(RowTable.SPENDING.numbers().apply(spent(100, 80)));
        checker.add(RowTable.SPENDING.numbers().apply(spent(50, 50)));

        assertThat(checker.checkTotal(row(6, "Tổng cộng", null, null, null, null, 150, 130), spending)).isEmpty();
    }

    @Test
    void mismatchIsAWarningAtTheTotalCell() {
        TotalChecker checker = new TotalChecker(RowTable.SPENDING.numericFields());
        checker.add(RowTable.SPENDING.numbers().apply(spent(100, 80)));
        checker.add(RowTable.SPENDING.numbers().apply(spent(50, 50)));

        List<Problem> problems = checker.checkTotal(row(6, "Tổng cộng", null, null, null, null, 150, 140), spending);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p).extracting(Problem::sheet, Problem::row, Problem::columnIndex, Problem::column,
                    Problem::rawValue, Problem::severity, Problem::code)
                    .containsExactly("Kinh phí", 6, 6, "G (Đã thực hiện)", "140", Severity.WARNING, "TOTAL_MISMATCH");
            assertThat(p.message()).contains("140", "130");
        });
    }

    @Test
    void grandTotalMayEqualEveryRowAfterSubtotals() {
        TotalChecker checker = new TotalChecker(RowTable.SPENDING.numericFields());
        checker.add(RowTable.SPENDING.numbers().apply(spent(100, 80)));
        assertThat(checker.checkTotal(row(5, "Cộng", null, null, null, null, 100, 80), spending)).isEmpty();
        checker.add(RowTable.SPENDING.numbers().apply(spent(50, 50)));
        assertThat(checker.checkTotal(row(7, "Cộng", null, null, null, null, 50, 50), spending)).isEmpty();

        assertThat(checker.checkTotal(row(8, "Tổng cộng", null, null, null, null, 150, 130), spending)).isEmpty();
    }

    @Test
    void totalCellsFollowTheSheetUnit() {
        TotalChecker checker = new TotalChecker(RowTable.SPENDING.numericFields());
        checker.add(RowTable.SPENDING.numbers().apply(spent(2_000_000, 1_500_000)));

        assertThat(checker.checkTotal(row(6, "Tổng", null, null, null, null, 2, 1.5),
                TestSheets.spending(MoneyUnits.MILLION))).isEmpty();
    }

    @Test
    void eventTotalsCountParticipantsAndGuests() {
        TotalChecker checker = new TotalChecker(RowTable.EVENTS.numericFields());
        checker.add(RowTable.EVENTS.numbers().apply(new EventRow(5, "NV01", "A", null, null, null, null, "VN", null, null, 100, 10,
                null, null, null)));
        checker.add(RowTable.EVENTS.numbers().apply(new EventRow(6, "NV01", "B", null, null, null, null, "VN", null, null, 50, null,
                null, null, null)));

        List<Problem> problems = checker.checkTotal(row(7, "Tổng cộng", null, null, null, null, null, null, null, null,
                150, 12), TestSheets.events());

        assertThat(problems).singleElement().extracting(Problem::columnIndex, Problem::code)
                .containsExactly(10, "TOTAL_MISMATCH");
    }
}
