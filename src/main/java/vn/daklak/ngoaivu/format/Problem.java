package vn.daklak.ngoaivu.format;

/**
 * One problem found in a submission: where (sheet name as in the file, 1-based row, 0-based column index and its
 * display name such as {@code "D (Tình trạng)"}), the value as read, how serious, a stable code (e.g.
 * {@code UNKNOWN_TASK_CODE}) and a Vietnamese message that says what to change. Location parts are null when the
 * problem concerns the whole file or sheet.
 */
public record Problem(String sheet, Integer row, Integer columnIndex, String column, String rawValue,
                      Severity severity, String code, String message) {

    public static Problem fileError(String code, String message) {
        return new Problem(null, null, null, null, null, Severity.ERROR, code, message);
    }

    public static Problem fileWarning(String code, String message) {
        return new Problem(null, null, null, null, null, Severity.WARNING, code, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
