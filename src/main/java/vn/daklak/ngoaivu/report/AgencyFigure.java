package vn.daklak.ngoaivu.report;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One agency's standing for a period: every expected agency, and every agency that sent a file for the period.
 * Times are local to Vietnam ({@link vn.daklak.ngoaivu.support.VietnamTime}).
 *
 * @param name             agency name, or the code when the agency is not in the master data
 * @param expected         reports=true and valid during the period's window
 * @param submissionId     the current accepted submission, or null
 * @param fileName         file name of the current accepted submission, or null
 * @param firstAcceptedAt  arrival of the agency's first accepted file for the period, or null
 * @param statedReportDate the date that first accepted file states ("Ngày lập"), or null
 * @param deadline         the agencies' deadline for this period
 * @param warnings         warnings of the current accepted submission
 * @param rejectedFiles    number of rejected files for the period
 * @param lastRejectedAt   arrival of the latest rejected file, or null
 * @param rejectionReason  first error of the latest rejected file, or null
 */
public record AgencyFigure(
        String code,
        String name,
        String shortName,
        String kind,
        boolean expected,
        AgencyState state,
        Long submissionId,
        String fileName,
        LocalDateTime firstAcceptedAt,
        LocalDate statedReportDate,
        LocalDate deadline,
        int warnings,
        int rejectedFiles,
        LocalDateTime lastRejectedAt,
        String rejectionReason) {

    public boolean accepted() {
        return state == AgencyState.ACCEPTED;
    }

    /** Expected and without a current accepted submission (rejected-only agencies included). */
    public boolean missing() {
        return expected && state != AgencyState.ACCEPTED;
    }

    public boolean rejected() {
        return state == AgencyState.REJECTED;
    }

    /** The evidence that decides timeliness ({@link SubmissionDeadlines}' rule); null without an accepted report. */
    public TimelinessEvidence timeliness() {
        return firstAcceptedAt == null || !accepted() ? null
                : SubmissionDeadlines.evidence(statedReportDate, firstAcceptedAt);
    }

    /** True when the first accepted report was in by the deadline day; null when there is no accepted report. */
    public Boolean onTime() {
        TimelinessEvidence evidence = timeliness();
        return evidence == null ? null : evidence.onTime(deadline);
    }

    /** Expected agencies whose first accepted report was in by the deadline day: the one on-time count. */
    static long countOnTime(java.util.List<AgencyFigure> agencies) {
        return agencies.stream().filter(a -> a.expected() && Boolean.TRUE.equals(a.onTime())).count();
    }

    /** The short name for chart axes; the name (or code) when there is none. */
    public String label() {
        return shortName == null ? name : shortName;
    }

    /** Why an expected agency is missing, in Vietnamese, for the "Chưa báo cáo" lists. */
    public String missingReason() {
        if (state == AgencyState.REJECTED) {
            String why = rejectionReason == null ? "" : " Lỗi đầu tiên: " + rejectionReason;
            return "Đã gửi " + rejectedFiles + " tệp, tất cả bị từ chối." + why;
        }
        return state == AgencyState.MISSING ? "Chưa gửi báo cáo." : "";
    }
}
