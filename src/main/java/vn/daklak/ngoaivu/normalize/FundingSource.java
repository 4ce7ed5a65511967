package vn.daklak.ngoaivu.normalize;

import java.util.Optional;

/** Funding sources of SUBMISSION-FORMAT 3.5 and section 4. */
public enum FundingSource {
    STATE_BUDGET("Ngân sách nhà nước"),
    SOCIALIZED("Xã hội hóa"),
    OTHER("Nguồn hợp pháp khác");

    private static final AliasTable<FundingSource> ALIASES = new AliasTable<FundingSource>()
            .add(STATE_BUDGET, "STATE_BUDGET", "Ngân sách nhà nước", "NSNN", "Ngân sách", "State budget")
            .add(SOCIALIZED, "SOCIALIZED", "Xã hội hóa", "XHH", "Tài trợ", "Socialised")
            .add(OTHER, "OTHER", "Nguồn hợp pháp khác", "Khác", "Other");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** {@code Ngân sách nhà nước}, {@code NSNN}, {@code Ngân sách} …; also the enum names; empty when unknown. */
    public static Optional<FundingSource> parse(String raw) {
        return ALIASES.find(raw);
    }
}
