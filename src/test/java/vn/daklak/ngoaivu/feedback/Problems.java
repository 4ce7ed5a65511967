package vn.daklak.ngoaivu.feedback;

import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;
import vn.daklak.ngoaivu.read.CellValue;

/** Test data: problems at a cell, on a whole row, or on the whole file. */
final class Problems {

    private Problems() {
    }

    static Problem cell(Severity severity, String sheet, int row, int column, String header, String raw, String message) {
        return new Problem(sheet, row, column, CellValue.columnName(column) + " (" + header + ")", raw, severity,
                "TEST", message);
    }

    static Problem row(Severity severity, String sheet, int row, String message) {
        return new Problem(sheet, row, null, null, null, severity, "TEST_ROW", message);
    }
}
