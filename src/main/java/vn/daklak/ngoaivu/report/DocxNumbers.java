package vn.daklak.ngoaivu.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import vn.daklak.ngoaivu.normalize.Period;

/** Numbers and period names as Vietnamese administrative text writes them: "1.250.000.000 đồng", "66,7%". */
final class DocxNumbers {

    private DocxNumbers() {
    }

    /** Whole numbers with a dot between thousands. */
    static String count(long value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0", symbols).format(value);
    }

    static String money(long dong) {
        return count(dong) + " đồng";
    }

    /** "66,7%"; "0%" when the whole is zero, so an empty period reads without errors. */
    static String percent(long part, long whole) {
        if (whole == 0) {
            return "0%";
        }
        BigDecimal ratio = BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return ratio.toPlainString().replace('.', ',') + "%";
    }

    /** "năm 2024" or "6 tháng đầu năm 2024". */
    static String periodName(int year, Period period) {
        return (period == Period.H1 ? "6 tháng đầu năm " : "năm ") + year;
    }
}
