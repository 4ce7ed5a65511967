package vn.daklak.ngoaivu.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.daklak.ngoaivu.support.VietnameseNumbers;

/** Money and shares as Vietnamese administrative text writes them: "1.250.000.000 đồng", "66,7%". */
final class DocxNumbers {

    private DocxNumbers() {
    }

    static String money(long dong) {
        return VietnameseNumbers.whole(dong) + " đồng";
    }

    /** "66,7%"; "0%" when the whole is zero, so an empty period reads without errors. */
    static String percent(long part, long whole) {
        if (whole == 0) {
            return "0%";
        }
        BigDecimal ratio = BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return VietnameseNumbers.decimal(ratio) + "%";
    }
}
