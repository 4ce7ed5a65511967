package vn.daklak.ngoaivu.dashboard.pages;

import java.util.Map;
import vn.daklak.ngoaivu.normalize.Period;

/** One row of the submission grid: an agency and its cell for each period of the year. */
public record GridRow(String code, String name, Map<Period, GridCell> cells) {
}
