package vn.daklak.ngoaivu.format;

/** SUBMISSION-FORMAT 3.7: an ERROR rejects the whole file, a WARNING is stored and shown, INFO is the "accepted" line. */
public enum Severity {
    ERROR("Lỗi"), WARNING("Cảnh báo"), INFO("Thông tin");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
