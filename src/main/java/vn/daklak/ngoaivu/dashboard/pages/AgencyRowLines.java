package vn.daklak.ngoaivu.dashboard.pages;

import java.util.List;
import java.util.Map;

/**
 * One agency's rows of a period as the agency page prints them (agency-task-rows.html, agency-event-rows.html,
 * agency-spending-rows.html), every text worked out in Java: the three tables are rendered once per data version and
 * language ({@link RenderedRows}) instead of being walked by the template at every request.
 */
record AgencyRowLines(List<Task> tasks, List<EventLine> events, List<Spending> spending) {

    record Task(String code, String content, String statusKey, String percent, String results) {
    }

    record Spending(String code, String item, String sourceKey, String estimate, String allocated, String spent) {
    }

    static AgencyRowLines of(AgencyTables.Rows rows, Formats formats) {
        return new AgencyRowLines(
                rows.tasks().stream().map(t -> new Task(t.taskCode(), t.content(), "taskStatus." + t.status(),
                        formats.percent(t.percent()), t.results())).toList(),
                EventLine.of(rows.events(), Map.of(), formats),
                rows.spending().stream().map(s -> new Spending(s.taskCode(), s.item(), "source." + s.source(),
                        formats.money(s.estimate()), formats.money(s.allocated()), formats.money(s.spent()))).toList());
    }
}
