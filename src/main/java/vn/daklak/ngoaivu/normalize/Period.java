package vn.daklak.ngoaivu.normalize;

import java.time.LocalDate;
import java.util.Optional;

/** Reporting periods of Decree 09/2019/NĐ-CP, Art. 12. */
public enum Period {
    /** 6-month report: 15 December of the previous year to 14 June. */
    H1,
    /** Annual report: 15 December of the previous year to 14 December. */
    YEAR;

    private static final AliasTable<Period> ALIASES = new AliasTable<Period>()
            .add(H1, "H1", "6 tháng", "6 tháng đầu năm", "Sáu tháng", "Sáu tháng đầu năm", "06 tháng",
                    "06 tháng đầu năm", "First half", "Half year")
            .add(YEAR, "YEAR", "Năm", "Cả năm", "Hằng năm", "Hàng năm", "Báo cáo năm", "Annual", "Full year");

    /** The data window of this period's report for {@code year}. */
    public ReportWindow window(int year) {
        LocalDate from = LocalDate.of(year - 1, 12, 15);
        return new ReportWindow(from, this == H1 ? LocalDate.of(year, 6, 14) : LocalDate.of(year, 12, 14));
    }

    /** Vietnamese label as used in running text: "6 tháng đầu năm" or "năm". */
    public String label() {
        return this == H1 ? "6 tháng đầu năm" : "năm";
    }

    /** The label with its year, as titles write it: "6 tháng đầu năm 2024", "năm 2024". */
    public String label(int year) {
        return label() + " " + year;
    }

    /** The label standing on its own, as a form's field shows it: "6 tháng đầu năm" or "Cả năm". */
    public String heading() {
        return this == H1 ? label() : "Cả năm";
    }

    /**
     * {@code 6 tháng}, {@code 6 tháng đầu năm}, {@code H1} → H1; {@code Năm}, {@code Cả năm}, {@code Hằng năm},
     * {@code Hàng năm}, {@code YEAR} → YEAR (any case, form, tone placement, with or without diacritics).
     */
    public static Optional<Period> parse(String raw) {
        return ALIASES.find(raw);
    }
}
