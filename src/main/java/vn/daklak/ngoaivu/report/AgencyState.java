package vn.daklak.ngoaivu.report;

/** Where an agency stands for one (year, period). */
public enum AgencyState {
    /** Has a current accepted submission. */
    ACCEPTED("Đã báo cáo"),
    /** Sent files, every one of them rejected. */
    REJECTED("Tệp bị từ chối"),
    /** Expected and sent nothing usable (no file, or only files still loading). */
    MISSING("Chưa gửi báo cáo");

    private final String label;

    AgencyState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
