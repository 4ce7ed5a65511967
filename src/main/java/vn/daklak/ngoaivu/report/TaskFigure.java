package vn.daklak.ngoaivu.report;

import java.math.BigDecimal;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/** One task row of a current accepted submission. */
public record TaskFigure(
        String agencyCode,
        int rowNo,
        String taskCode,
        String content,
        TaskStatus status,
        BigDecimal percent,
        String results,
        String issues,
        String proposals) {
}
