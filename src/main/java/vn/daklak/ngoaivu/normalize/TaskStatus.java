package vn.daklak.ngoaivu.normalize;

import java.util.Optional;

/** Task statuses of SUBMISSION-FORMAT 3.3, with their Vietnamese labels. */
public enum TaskStatus {
    DONE("Hoàn thành"),
    IN_PROGRESS("Đang thực hiện"),
    NOT_STARTED("Chưa thực hiện"),
    CANCELLED("Không thực hiện"),
    POSTPONED("Hoãn, chuyển kỳ sau");

    private static final AliasTable<TaskStatus> ALIASES = new AliasTable<TaskStatus>()
            .add(DONE, "DONE", "Hoàn thành", "Đã hoàn thành", "Hoàn", "Done", "Completed")
            .add(IN_PROGRESS, "IN_PROGRESS", "Đang thực hiện", "Đang triển khai", "In progress", "Ongoing")
            .add(NOT_STARTED, "NOT_STARTED", "Chưa thực hiện", "Chưa triển khai", "Not started")
            .add(CANCELLED, "CANCELLED", "Không thực hiện", "Hủy", "Đã hủy", "Dừng thực hiện", "Cancelled",
                    "Canceled")
            .add(POSTPONED, "POSTPONED", "Hoãn", "Tạm hoãn", "Hoãn, chuyển kỳ sau", "Chuyển sang năm sau",
                    "Chuyển kỳ sau", "Postponed");

    // "Hoàn" (done) and "Hoãn" (postponed) differ only by their tone: "Hoan" without diacritics is left unknown.

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Every alias of SUBMISSION-FORMAT 3.3 (Vietnamese and English, any form/case/diacritics); empty when unknown. */
    public static Optional<TaskStatus> parse(String raw) {
        return ALIASES.find(raw);
    }
}
