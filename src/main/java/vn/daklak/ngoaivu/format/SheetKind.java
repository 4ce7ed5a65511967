package vn.daklak.ngoaivu.format;

/** The four sheets of a submission workbook (SUBMISSION-FORMAT 3). */
public enum SheetKind {
    INFO, TASKS, EVENTS, SPENDING
}
