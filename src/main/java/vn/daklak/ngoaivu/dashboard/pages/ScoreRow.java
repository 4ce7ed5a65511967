package vn.daklak.ngoaivu.dashboard.pages;

import java.util.List;

/**
 * One scorecard line as the year-end page prints it, every cell's text and class worked out once per data version:
 * the table has 15 cells for each of 60 agencies, and a template expression per cell (a formatter call, a sign test
 * for the class) was most of the page's cost at each request. Public, with public accessors, so the template's
 * expressions compile (the SpEL compiler needs public types).
 *
 * @param carries    names of the agencies whose figures the line carries, joined; null when none
 * @param badgeClass the classes of its own annual report's badge
 * @param stateKey   the message naming that state
 * @param cells      the measures' cells after the first (timeliness shows {@code onTime} and the badge instead)
 */
public record ScoreRow(String name, String carries, String onTime, String badgeClass, String stateKey,
                       List<Cell> cells) {

    /** A table cell's text and its {@code class} attribute. */
    public record Cell(String text, String cssClass) {
    }
}
