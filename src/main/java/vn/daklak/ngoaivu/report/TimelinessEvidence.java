package vn.daklak.ngoaivu.report;

import java.time.LocalDate;

/**
 * The day on which an agency's first accepted report counts as delivered, and where that day comes from
 * ({@link SubmissionDeadlines#evidence}).
 *
 * @param basis      the workbook's stated date, or the file's arrival
 * @param day        the day that decides timeliness
 * @param arrivalDay the day the file arrived, Vietnam time
 */
public record TimelinessEvidence(Basis basis, LocalDate day, LocalDate arrivalDay) {

    /** Where the deciding day comes from. */
    public enum Basis {
        /** "Ngày lập" in the workbook's "Thông tin chung". */
        STATED_DATE,
        /** When the file arrived in the inbox (or its modification time). */
        ARRIVAL
    }

    public boolean onTime(LocalDate deadline) {
        return !day.isAfter(deadline);
    }

    /** True when the stated date was used and the arrival alone would have given the other verdict. */
    public boolean arrivalDisagrees(LocalDate deadline) {
        return basis == Basis.STATED_DATE && onTime(deadline) != !arrivalDay.isAfter(deadline);
    }
}
