package vn.daklak.ngoaivu.normalize;

import java.util.Optional;

/** Activity types of SUBMISSION-FORMAT 3.4. */
public enum EventType {
    GIAO_LUU("Giao lưu văn hóa nghệ thuật"),
    HOI_CHO("Hội chợ, triển lãm"),
    XUC_TIEN("Xúc tiến, quảng bá"),
    HOI_THAO("Hội nghị, hội thảo"),
    DON_DOAN("Đón đoàn quốc tế"),
    DOAN_RA("Đoàn ra"),
    THONG_TIN("Thông tin đối ngoại"),
    KHAC("Khác");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The type named by {@code raw} (labels and aliases of 3.4, the enum name itself, any form/case/diacritics);
     * empty when unknown (the caller then uses KHAC with a warning). {@code Khác} itself gives KHAC.
     */
    public static Optional<EventType> parse(String raw) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }
}
