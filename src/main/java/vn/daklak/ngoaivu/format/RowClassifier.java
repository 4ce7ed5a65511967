package vn.daklak.ngoaivu.format;

import vn.daklak.ngoaivu.read.SheetRow;

/**
 * Rows under the header: EMPTY; SECTION (only STT and one text cell, e.g. {@code I. Hoạt động ở nước ngoài});
 * TOTAL (first non-empty cell is {@code Tổng cộng}, {@code Tổng}, {@code Cộng}, {@code Total}); otherwise DATA.
 */
public final class RowClassifier {

    private RowClassifier() {
    }

    public static RowKind classify(SheetRow row, HeaderMatch header) {
        throw new UnsupportedOperationException("TODO format helper");
    }
}
