package vn.daklak.ngoaivu.ingest;

import java.util.List;
import java.util.Map;
import vn.daklak.ngoaivu.format.HeaderMatch;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.SheetKind;

/**
 * The file-level look at a submission, before its rows are read: the validated header, where each sheet is (sheet name
 * by kind, absent when missing), each table sheet's header match, and the file-level problems (3.7).
 */
record Inspection(SubmissionHeader header, Map<SheetKind, String> sheets, Map<SheetKind, HeaderMatch> headers,
                  List<Problem> problems) {

    /** True when the table sheets' rows can be read: the report's year and period are known and some sheet was found. */
    boolean rowsReadable() {
        return header.year() != null && header.period() != null && !sheets.isEmpty();
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
