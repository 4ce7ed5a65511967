package vn.daklak.ngoaivu.dashboard;

/** The kinds of audited action; the message bundles name each as {@code audit.action.<NAME>}. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    USER_ADDED,
    PASSWORD_CHANGED,
    USER_DISABLED,
    RUN_STARTED,
    FILE_CHECKED,
    FILE_PLACED,
    REPORT_DOWNLOADED,
    FEEDBACK_DOWNLOADED
}
