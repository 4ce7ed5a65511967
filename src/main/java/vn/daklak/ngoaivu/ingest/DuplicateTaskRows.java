package vn.daklak.ngoaivu.ingest;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.daklak.ngoaivu.format.Field;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;

/**
 * One plan task reported on two rows of the {@code Nhiệm vụ} sheet: a warning naming both rows when they say the same
 * (status and completion), an error when they contradict each other, since the report cannot tell which one is true.
 */
final class DuplicateTaskRows {

    private final Map<String, TaskRow> firstByCode = new HashMap<>();

    Optional<Problem> check(TaskRow row, SheetContext context) {
        TaskRow first = firstByCode.putIfAbsent(row.taskCode(), row);
        if (first == null) {
            return Optional.empty();
        }
        boolean agree = first.status() == row.status() && samePercent(first.percent(), row.percent());
        String both = "dòng " + first.rowNo() + " và dòng " + row.rowNo();
        String message = agree
                ? "Nhiệm vụ " + row.taskCode() + " được báo cáo hai lần, ở " + both + ", với cùng tình trạng. Hãy"
                        + " gộp thành một dòng và xóa dòng " + row.rowNo() + "."
                : "Nhiệm vụ " + row.taskCode() + " được báo cáo hai lần với số liệu khác nhau: dòng " + first.rowNo()
                        + " (" + describe(first) + ") và dòng " + row.rowNo() + " (" + describe(row) + "). Hãy giữ"
                        + " một dòng đúng và xóa dòng còn lại.";
        Integer column = context.header().columns().get(Field.TASK_CODE);
        return Optional.of(new Problem(context.sheetName(), row.rowNo(), column,
                column == null ? null : context.header().columnLabel(column), row.taskCode(),
                agree ? Severity.WARNING : Severity.ERROR, agree ? "DUPLICATE_TASK_ROW" : "CONFLICTING_TASK_ROWS",
                message));
    }

    private static boolean samePercent(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }

    private static String describe(TaskRow row) {
        String status = row.status() == null ? "chưa ghi tình trạng" : row.status().label();
        return row.percent() == null ? status
                : status + ", " + row.percent().stripTrailingZeros().toPlainString() + "%";
    }
}
