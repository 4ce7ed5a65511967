package vn.daklak.ngoaivu.check;

import java.nio.file.Path;
import java.util.List;
import vn.daklak.ngoaivu.format.Problem;

/** Checks one workbook against the reference data and plans under an input folder; writes nothing anywhere. */
public interface FileCheck {

    /** Every problem the nightly run would report for {@code file}, with the rows it would load. */
    Verdict check(Path input, Path file);

    /** What the nightly run would decide: rejected when any problem is an error. */
    record Verdict(boolean rejected, List<Problem> problems, int tasks, int events, int spendingRows) {

        public long errors() {
            return problems.stream().filter(Problem::isError).count();
        }

        public long warnings() {
            return problems.size() - errors();
        }
    }
}
