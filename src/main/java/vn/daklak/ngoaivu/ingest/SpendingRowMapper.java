package vn.daklak.ngoaivu.ingest;

import vn.daklak.ngoaivu.format.Field;
import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.read.CellValue;
import vn.daklak.ngoaivu.read.SheetRow;

/** Normalises and validates one data row of the spending sheet (SUBMISSION-FORMAT 3); see the helper's notes. */
final class SpendingRowMapper {

    /** Only DATA rows (see RowClassifier) are passed in. Row is null in the result when any ERROR was found. */
    RowResult<SpendingRow> map(SheetRow row, SheetContext context) {
        RowCells cells = new RowCells(row, context);
        String code = cells.taskCode();
        FundingSource source = source(cells);
        Long estimate = money(cells, Field.ESTIMATE, false);
        Long allocated = money(cells, Field.ALLOCATED, false);
        Long spent = money(cells, Field.SPENT, true);
        if (spent != null && allocated != null && spent > allocated) {
            cells.warning(Field.SPENT, "SPENT_ABOVE_ALLOCATED", "Kinh phí đã thực hiện (" + Messages.number(spent)
                    + " đồng) lớn hơn kinh phí được duyệt (" + Messages.number(allocated) + " đồng). Hãy kiểm tra lại"
                    + " số liệu hoặc giải thích trong nội dung chi.");
        }
        return cells.result(spent == null ? null : new SpendingRow(row.rowNumber(), code, cells.text(Field.ITEM),
                source, estimate, allocated, spent));
    }

    private static FundingSource source(RowCells cells) {
        String raw = cells.requiredText(Field.SOURCE);
        if (raw == null) {
            return null;
        }
        return FundingSource.parse(raw).orElseGet(() -> {
            cells.error(Field.SOURCE, "UNKNOWN_FUNDING_SOURCE", "Nguồn kinh phí \"" + raw + "\" không hợp lệ. Hãy ghi"
                    + " một trong: \"Ngân sách nhà nước\", \"Xã hội hóa\", \"Nguồn hợp pháp khác\".");
            return null;
        });
    }

    /** Money in đồng with the column's unit; negative amounts are refused before parsing so their message is clear. */
    private static Long money(RowCells cells, Field field, boolean required) {
        CellValue cell = cells.cell(field);
        if (cell != null && CellParsers.negative(cell)) {
            cells.error(field, "NEGATIVE_AMOUNT", "Số tiền ở cột \"" + cells.headerName(field) + "\" là số âm ("
                    + cell.text() + "). Hãy ghi số tiền không âm; khoản giảm trừ hãy ghi rõ trong nội dung chi.");
            return null;
        }
        long unit = cells.context().header().unitFor(field);
        return cells.parse(field, c -> CellParsers.money(c, unit), required, "INVALID_MONEY");
    }
}
