package vn.daklak.ngoaivu.report;

import vn.daklak.ngoaivu.normalize.FundingSource;

/** One spending row of a current accepted submission, in whole đồng. */
public record SpendingFigure(
        String agencyCode,
        int rowNo,
        String taskCode,
        String item,
        FundingSource source,
        Long estimate,
        Long allocated,
        long spent) {

    public MoneyTotals money() {
        return new MoneyTotals(estimate == null ? 0 : estimate, allocated == null ? 0 : allocated, spent);
    }
}
