package vn.daklak.ngoaivu.report;

import java.time.MonthDay;
import java.util.List;

/** ReportProperties as a province might configure them, with a signer's name so the signature block is complete. */
final class DocxTestProperties {

    private DocxTestProperties() {
    }

    static ReportProperties daklak() {
        return new ReportProperties("Đắk Lắk", "UBND TỈNH ĐẮK LẮK", "SỞ NGOẠI VỤ", "Sở Ngoại vụ", "SNgV", "HTQT",
                "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC", "Nguyễn Văn An",
                List.of("UBND tỉnh (để b/c)", "Bộ Ngoại giao (để b/c)", "Lưu: VT, HTQT"),
                MonthDay.of(6, 20), MonthDay.of(12, 20), 10);
    }
}
