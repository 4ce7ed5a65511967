package vn.daklak.ngoaivu.dashboard.pages;

import java.math.BigDecimal;

/**
 * One tile of the overview: a figure of the selected period and the same figure a year earlier.
 *
 * @param label    message key of the tile's name
 * @param value    this period's figure
 * @param of       the whole it is part of (expected reports, allocated money), or null
 * @param previous the same figure for the same period of the previous year; null when that period has no
 *                 accepted report (a change against nothing would mislead)
 * @param money    whether the figures are amounts in đồng
 * @param rate     a rate shown under the figure (execution rate), or null
 */
public record KeyFigure(String label, long value, Long of, Long previous, boolean money, BigDecimal rate) {

    /** This figure minus the previous year's; null when there is nothing to compare with. */
    public Long change() {
        return previous == null ? null : value - previous;
    }
}
