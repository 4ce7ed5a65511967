package vn.daklak.ngoaivu.report;

import java.time.LocalDateTime;

/** A problem found in one of the period's files (accepted, superseded or rejected). */
public record ProblemFigure(
        String agencyCode,
        String fileName,
        String submissionStatus,
        LocalDateTime receivedAt,
        String sheet,
        Integer rowNo,
        String column,
        String rawValue,
        String severity,
        String code,
        String message) {
}
