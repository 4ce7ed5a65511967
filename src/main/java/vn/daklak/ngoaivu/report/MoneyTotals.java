package vn.daklak.ngoaivu.report;

/** Estimate, allocation and spending in whole đồng; a missing estimate or allocation counts as 0. */
public record MoneyTotals(long estimate, long allocated, long spent) {

    public static final MoneyTotals ZERO = new MoneyTotals(0, 0, 0);

    public MoneyTotals plus(MoneyTotals other) {
        return new MoneyTotals(estimate + other.estimate, allocated + other.allocated, spent + other.spent);
    }
}
