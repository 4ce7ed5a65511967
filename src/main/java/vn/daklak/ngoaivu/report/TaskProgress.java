package vn.daklak.ngoaivu.report;

/** Overall state of a plan task in a period, judged from the lead agency's report. */
public enum TaskProgress {
    /** The lead agency reports DONE. */
    DONE("Hoàn thành"),
    /** Not done and its end date is before the end of the report window. */
    OVERDUE("Quá hạn"),
    /** Not done, not yet due, the lead agency reported it. */
    IN_PROGRESS("Đang thực hiện"),
    /** Not done, not yet due, the lead agency has not reported it. */
    NOT_REPORTED("Cơ quan chủ trì chưa báo cáo");

    private final String label;

    TaskProgress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
