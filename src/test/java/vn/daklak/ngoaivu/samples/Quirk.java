package vn.daklak.ngoaivu.samples;

/** The ways real agencies deviate from the template (all accepted), and the three real mistakes (the last three). */
public enum Quirk {
    SHEET_ALIASES,
    ENGLISH,
    NFD,
    TITLE_ROWS,
    MONEY_UNIT_TITLE,
    MONEY_UNIT_HEADER,
    MONEY_AS_TEXT,
    HEADER_LINE_BREAKS,
    COLUMNS_REORDERED,
    STATUS_VARIANTS,
    STATUS_WITHOUT_DIACRITICS,
    DATES_AS_TEXT,
    PERCENT_CELLS,
    PERCENT_TEXT,
    SECTIONS,
    TOTALS,
    COUNTRY_BLANK_FOR_VN,
    /** A total row whose numbers do not add up: a warning, the file is still accepted. */
    WRONG_TOTAL,
    /** A task code that is not in the plan: the file is rejected. */
    UNKNOWN_TASK_CODE,
    /** No Nhiệm vụ sheet: the file is rejected. */
    NO_TASK_SHEET
}
