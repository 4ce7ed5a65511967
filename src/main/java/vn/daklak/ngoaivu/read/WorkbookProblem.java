package vn.daklak.ngoaivu.read;

/** Why a file could not be read as a workbook at all. */
public enum WorkbookProblem {
    EMPTY_FILE, NOT_A_WORKBOOK, ENCRYPTED, TOO_LARGE, CORRUPT, MALFORMED, MACRO_ENABLED
}
