package vn.daklak.ngoaivu.ingest;

import java.math.BigDecimal;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/** A normalised row of the {@code Nhiệm vụ} sheet. */
record TaskRow(int rowNo, String taskCode, String content, TaskStatus status, BigDecimal percent, String results,
               String issues, String proposals) {
}
