package vn.daklak.ngoaivu.template;

/** What a template column holds: decides its number format, drop-down list or range check. */
enum ColumnKind {
    TEXT, ROW_NUMBER, TASK_CODE, STATUS, PERCENT, EVENT_TYPE, DATE, COUNTRY, PARTNER, COUNT, SOURCE, MONEY
}
