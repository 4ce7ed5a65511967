package vn.daklak.ngoaivu.ingest;

import vn.daklak.ngoaivu.normalize.FundingSource;

/** A normalised row of the {@code Kinh phí} sheet, money in whole đồng. */
record SpendingRow(int rowNo, String taskCode, String item, FundingSource source, Long estimate, Long allocated,
                   long spent) {
}
