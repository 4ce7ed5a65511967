package vn.daklak.ngoaivu.ingest;

import java.math.BigDecimal;
import vn.daklak.ngoaivu.format.Field;
import vn.daklak.ngoaivu.normalize.TaskStatus;
import vn.daklak.ngoaivu.read.SheetRow;

/** Normalises and validates one data row of the task sheet (SUBMISSION-FORMAT 3); see the helper's notes. */
final class TaskRowMapper {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String STATUS_CHOICES =
            "\"Hoàn thành\", \"Đang thực hiện\", \"Chưa thực hiện\", \"Không thực hiện\", \"Hoãn\"";

    /** Only DATA rows (see RowClassifier) are passed in. Row is null in the result when any ERROR was found. */
    RowResult<TaskRow> map(SheetRow row, SheetContext context) {
        RowCells cells = new RowCells(row, context);
        String code = cells.taskCode();
        TaskStatus status = status(cells);
        BigDecimal percent = cells.parse(Field.PERCENT, CellParsers::percent, false, "INVALID_PERCENT");
        if (status == TaskStatus.DONE && percent != null && percent.compareTo(HUNDRED) < 0) {
            cells.warning(Field.PERCENT, "DONE_BELOW_100", "Nhiệm vụ ghi \"" + cells.text(Field.STATUS)
                    + "\" nhưng tỷ lệ hoàn thành chỉ " + percent.stripTrailingZeros().toPlainString()
                    + "%. Hãy ghi 100% nếu đã hoàn thành, hoặc sửa tình trạng thành \"Đang thực hiện\".");
        }
        return cells.result(new TaskRow(row.rowNumber(), code, cells.text(Field.TASK_CONTENT), status, percent,
                cells.text(Field.RESULTS), cells.text(Field.ISSUES), cells.text(Field.PROPOSALS)));
    }

    private static TaskStatus status(RowCells cells) {
        String raw = cells.requiredText(Field.STATUS);
        if (raw == null) {
            return null;
        }
        return TaskStatus.parse(raw).orElseGet(() -> {
            cells.error(Field.STATUS, "UNKNOWN_STATUS", "Tình trạng \"" + raw + "\" không hợp lệ. Hãy ghi một trong: "
                    + STATUS_CHOICES + ".");
            return null;
        });
    }
}
