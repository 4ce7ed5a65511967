package vn.daklak.ngoaivu.normalize;

/** How precisely an agency gave a date. */
public enum DatePrecision {
    DAY, MONTH, QUARTER
}
