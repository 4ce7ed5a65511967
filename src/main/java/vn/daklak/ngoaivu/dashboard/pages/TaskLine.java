package vn.daklak.ngoaivu.dashboard.pages;

import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * A plan task as the tasks page prints it, every name and key resolved once per data version: the page lists each
 * agency's report of each task (hundreds of lines), and resolving names and formatting per line at each request was
 * most of the page's cost. Public, with public accessors, so the template's expressions compile.
 *
 * @param progressKey the message naming its progress; {@code progressClass} the badge's classes
 */
public record TaskLine(String code, String content, String lead, String coordinating, String end,
                       String progressClass, String progressKey, List<Report> reports) {

    /** One agency's report on the task: its name, the message naming its status, and its results (or null). */
    public record Report(String agency, String statusKey, String results) {
    }

    static TaskLine of(TasksPage.TaskRow row, Map<String, String> names, Formats formats) {
        String lead = row.task().leadAgency();
        return new TaskLine(row.task().code(), row.task().content(), names.getOrDefault(lead, lead),
                row.coordinating(), formats.date(row.task().end()),
                "badge progress-" + row.progress().name().toLowerCase(Locale.ROOT), "progress." + row.progress(),
                row.reports().stream().map(t -> new Report(names.getOrDefault(t.agencyCode(), t.agencyCode()),
                        "taskStatus." + t.status(), t.results())).toList());
    }
}
