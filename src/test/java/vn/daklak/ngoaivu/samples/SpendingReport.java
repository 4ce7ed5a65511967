package vn.daklak.ngoaivu.samples;

import vn.daklak.ngoaivu.normalize.FundingSource;

/** One row of the Kinh phí sheet, amounts in whole đồng. */
public record SpendingReport(String taskCode, String item, FundingSource source, long estimate, long allocated,
                             long spent) {
}
