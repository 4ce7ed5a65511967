package vn.daklak.ngoaivu.dashboard.pages;

import java.math.BigDecimal;

/**
 * One tile of the overview: a figure of the selected period and the same figure a year earlier.
 *
 * @param label    message key of the tile's name
 * @param value    this period's figure
 * @param of       the whole it is part of (expected reports, allocated money), or null
 * @param previous the same figure for the same period of the previous year
 * @param money    whether the figures are amounts in đồng
 * @param rate     a rate shown under the figure (execution rate), or null
 */
public record KeyFigure(String label, long value, Long of, long previous, boolean money, BigDecimal rate) {

    public long change() {
        return value - previous;
    }
}
