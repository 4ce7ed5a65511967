package vn.daklak.ngoaivu.samples;

/** How a workbook names its agency in Thông tin chung. */
public enum AgencyNaming {
    FULL_NAME,
    SHORT_NAME,
    ALIAS,
    /** The full name with the old tone placement (hoá, Uỷ). */
    OLD_TONES,
    /** Only the Mã cơ quan row. */
    CODE_ONLY
}
