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

    /** Visible to the benchmarks, which compare it with the cache. */
    static final AliasTable<EventType> ALIASES = new AliasTable<EventType>()
            .add(GIAO_LUU, "GIAO_LUU", "Giao lưu văn hóa nghệ thuật", "Giao lưu văn hóa, nghệ thuật", "Giao lưu",
                    "Giao lưu văn hóa")
            .add(HOI_CHO, "HOI_CHO", "Hội chợ, triển lãm", "Hội chợ", "Triển lãm")
            .add(XUC_TIEN, "XUC_TIEN", "Xúc tiến, quảng bá", "Xúc tiến", "Quảng bá")
            .add(HOI_THAO, "HOI_THAO", "Hội nghị, hội thảo", "Hội nghị", "Hội thảo")
            .add(DON_DOAN, "DON_DOAN", "Đón đoàn quốc tế", "Đoàn vào", "Đón đoàn")
            .add(DOAN_RA, "DOAN_RA", "Đoàn ra")
            .add(THONG_TIN, "THONG_TIN", "Thông tin đối ngoại", "Tuyên truyền")
            .add(KHAC, "KHAC", "Khác");
    private static final ValueCache<Optional<EventType>> CACHE = new ValueCache<>(ALIASES::find);

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
        return raw == null ? ALIASES.find(null) : CACHE.get(raw);
    }
}
