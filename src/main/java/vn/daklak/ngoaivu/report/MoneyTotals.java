package vn.daklak.ngoaivu.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Estimate, allocation and spending in whole đồng; a missing estimate or allocation counts as 0. */
public record MoneyTotals(long estimate, long allocated, long spent) {

    public static final MoneyTotals ZERO = new MoneyTotals(0, 0, 0);

    /** Spent as a share of the allocated budget, in percent to one decimal; null when nothing was allocated. */
    public BigDecimal executionRatePercent() {
        return allocated == 0 ? null : BigDecimal.valueOf(spent * 100L)
                .divide(BigDecimal.valueOf(allocated), 1, RoundingMode.HALF_UP);
    }

    public MoneyTotals plus(MoneyTotals other) {
        return new MoneyTotals(estimate + other.estimate, allocated + other.allocated, spent + other.spent);
    }
}
