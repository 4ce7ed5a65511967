package vn.daklak.ngoaivu.dashboard.pages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriUtils;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * A row of the submission grid as the page prints it: each cell's link, class and message key worked out once per
 * data version rather than by template expressions in each of the grid's cells at every request. Public, with
 * public accessors, so the template's expressions compile.
 */
public record GridLine(String name, List<Link> cells) {

    /**
     * One cell: the address of the agency's files for that period, the badge's classes, the message naming its
     * state, and the counts of files for the "2 tệp, 1 bản đã thay thế" line (shown when there are files).
     */
    public record Link(String href, String cssClass, String stateKey, int files, int superseded) {
    }

    static GridLine of(GridRow row, int year) {
        List<Link> cells = new ArrayList<>();
        String agency = UriUtils.encodeQueryParam(row.code(), StandardCharsets.UTF_8);
        for (Period period : Period.values()) {
            GridCell cell = row.cells().get(period);
            cells.add(new Link("/submissions/history?agency=" + agency + "&year=" + year + "&period=" + period.name(),
                    "badge " + cell.state().cssClass(), "grid." + cell.state(), cell.files(), cell.superseded()));
        }
        return new GridLine(row.name(), cells);
    }
}
