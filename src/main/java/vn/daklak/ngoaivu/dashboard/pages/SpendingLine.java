package vn.daklak.ngoaivu.dashboard.pages;

import vn.daklak.ngoaivu.report.MoneyTotals;

/**
 * One line of the spending page's tables, its amounts already written out (1.250.000 đồng, 85,3%) once per data
 * version rather than by four formatter calls per line at each request. Public, with public accessors, so the
 * template's expressions compile.
 *
 * @param label a funding source's message key, or an agency's name
 */
public record SpendingLine(String label, String estimate, String allocated, String spent, String rate) {

    static SpendingLine of(String label, MoneyTotals totals, Formats formats) {
        return new SpendingLine(label, formats.money(totals.estimate()), formats.money(totals.allocated()),
                formats.money(totals.spent()), formats.percent(totals.executionRatePercent()));
    }
}
