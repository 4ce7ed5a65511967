package vn.daklak.ngoaivu.format;

/** How a row under the header is treated (SUBMISSION-FORMAT 3.2). */
public enum RowKind {
    DATA, EMPTY, SECTION, TOTAL
}
