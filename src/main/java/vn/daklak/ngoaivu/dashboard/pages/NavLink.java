package vn.daklak.ngoaivu.dashboard.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.daklak.ngoaivu.dashboard.Viewer;

/**
 * One entry of the menu every page carries: its address (keeping the year and period), its name and whether it is
 * the page shown. Worked out in Java: twelve links, each built, compared and named by template expressions, were a
 * fixed cost of every page larger than some pages' own content.
 */
public record NavLink(String href, String label, boolean active) {

    private record Entry(String path, String label, boolean operators, boolean admins) {
    }

    private static final List<Entry> ENTRIES = List.of(new Entry("/", "nav.overview", false, false),
            new Entry("/submissions", "nav.submissions", false, false),
            new Entry("/agencies", "nav.agency", false, false), new Entry("/tasks", "nav.tasks", false, false),
            new Entry("/events", "nav.events", false, false), new Entry("/spending", "nav.spending", false, false),
            new Entry("/year-end", "nav.yearEnd", false, false), new Entry("/jobs", "nav.jobs", false, false),
            new Entry("/check", "nav.check", true, false), new Entry("/downloads", "nav.downloads", false, false),
            new Entry("/audit", "nav.audit", false, true), new Entry("/users", "nav.users", false, true));

    /** The menu as {@code viewer} sees it on {@code path}; {@code label} names a message key in the page's locale. */
    static List<NavLink> menu(Selection selection, String path, Viewer viewer, Function<String, String> label) {
        String query = "?year=" + selection.year() + "&period=" + selection.period().name();
        List<NavLink> links = new ArrayList<>();
        for (Entry entry : ENTRIES) {
            if (entry.operators() && !viewer.operator() || entry.admins() && !viewer.admin()) {
                continue;
            }
            boolean active = entry.path().equals("/") ? path.equals("/") : path.startsWith(entry.path());
            links.add(new NavLink(entry.path() + query, label.apply(entry.label()), active));
        }
        return links;
    }
}
