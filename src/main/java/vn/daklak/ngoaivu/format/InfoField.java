package vn.daklak.ngoaivu.format;

/** Labels of the {@code Thông tin chung} sheet (SUBMISSION-FORMAT 3.1). */
public enum InfoField {
    AGENCY, AGENCY_CODE, YEAR, PERIOD, PREPARER, PHONE, EMAIL, REPORT_DATE
}
