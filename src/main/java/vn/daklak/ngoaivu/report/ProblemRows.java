package vn.daklak.ngoaivu.report;

import java.util.function.Consumer;

/** The problems found in every file of a period, streamed one at a time (a refused large file may carry many). */
public interface ProblemRows {

    /** Every problem, by agency, arrival and row. */
    void forEach(Consumer<ProblemFigure> action);
}
