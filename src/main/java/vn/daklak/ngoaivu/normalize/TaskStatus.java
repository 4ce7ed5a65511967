package vn.daklak.ngoaivu.normalize;

import java.util.Optional;

/** Task statuses of SUBMISSION-FORMAT 3.3, with their Vietnamese labels. */
public enum TaskStatus {
    DONE("Hoàn thành"),
    IN_PROGRESS("Đang thực hiện"),
    NOT_STARTED("Chưa thực hiện"),
    CANCELLED("Không thực hiện"),
    POSTPONED("Hoãn, chuyển kỳ sau");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Every alias of SUBMISSION-FORMAT 3.3 (Vietnamese and English, any form/case/diacritics); empty when unknown. */
    public static Optional<TaskStatus> parse(String raw) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }
}
