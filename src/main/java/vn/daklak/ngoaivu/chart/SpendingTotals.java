package vn.daklak.ngoaivu.chart;

/** Sums of spending rows, whole đồng; an empty estimate or allocation counts as zero. */
record SpendingTotals(long estimate, long allocated, long spent) {

    static final SpendingTotals ZERO = new SpendingTotals(0, 0, 0);
}
