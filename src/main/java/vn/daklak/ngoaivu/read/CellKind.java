package vn.daklak.ngoaivu.read;

/** What a cell holds, as far as reading tells (formula cells are read by their cached value). */
public enum CellKind {
    EMPTY, TEXT, NUMBER, DATE, PERCENT, BOOLEAN, ERROR
}
