package vn.daklak.ngoaivu.schedule;

import java.nio.file.Path;

/**
 * A schedule file {@code serve} cannot run: its message is the one Vietnamese line that names the file, the line
 * (when the fault is on one) and the fault, and says to fix the file. {@code serve} refuses to start on it (exit 2).
 */
public final class ScheduleFileException extends RuntimeException {

    private ScheduleFileException(String message, Throwable cause) {
        super(message, cause);
    }

    static ScheduleFileException at(Path file, int line, String fault) {
        return new ScheduleFileException(
                "Tệp lịch " + file + ", dòng " + line + ": " + fault + ". Sửa tệp đó rồi chạy lại.", null);
    }

    static ScheduleFileException in(Path file, String fault, Throwable cause) {
        return new ScheduleFileException("Tệp lịch " + file + ": " + fault + ". Sửa tệp đó rồi chạy lại.", cause);
    }
}
