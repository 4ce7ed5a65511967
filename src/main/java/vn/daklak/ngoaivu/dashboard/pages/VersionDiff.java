package vn.daklak.ngoaivu.dashboard.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.normalize.Period;

/**
 * What changed between two accepted versions of an agency's report: per sheet, the rows added, removed and changed,
 * with old and new values. Rows are matched by what identifies them to a reader (a task by its code; an event by task,
 * name and start date; a spending line by task, item and source), not by their row number, so a row inserted at the
 * top does not make every later row "changed".
 */
@ServletOnly
@Component
class VersionDiff {

    /** The sheets compared: the columns shown, the ones that identify a row, and the message key of the sheet. */
    enum Sheet {
        TASKS("task_report", List.of("task_code"), List.of("content", "status", "percent", "results", "issues",
                "proposals")),
        EVENTS("event", List.of("task_code", "name", "start_date"), List.of("event_type", "end_date", "location",
                "country", "partner_code", "partner_text", "participants", "foreign_guests", "notes")),
        SPENDING("spending", List.of("task_code", "item", "source"), List.of("estimate", "allocated", "spent"));

        private final String table;
        private final List<String> key;
        private final List<String> values;

        Sheet(String table, List<String> key, List<String> values) {
            this.table = table;
            this.key = key;
            this.values = values;
        }

        /** The columns that identify a row. */
        List<String> key() {
            return key;
        }

        String sql() {
            List<String> columns = new ArrayList<>(key);
            columns.addAll(values);
            // the table name and columns are this enum's constants, never request text
            return "SELECT " + columns.stream().map(c -> c + "::text AS " + c).reduce((a, b) -> a + ", " + b)
                    .orElseThrow() + " FROM " + table + " WHERE submission_id = ? ORDER BY row_no";
        }
    }

    /** One field that differs. */
    record Change(String column, String before, String after) {
    }

    /** A row of the comparison: its identifying text, and either its values (added, removed) or its changes. */
    record RowDiff(String key, Map<String, String> values, List<Change> changes) {
    }

    /** One sheet's differences. */
    record SheetDiff(Sheet sheet, List<RowDiff> added, List<RowDiff> removed, List<RowDiff> changed) {

        public boolean empty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }
    }

    private final JdbcClient jdbc;

    VersionDiff(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the submission is an accepted file of that agency and period (ids are checked, never trusted). */
    boolean belongs(long id, String agency, int year, Period period) {
        return jdbc.sql("""
                SELECT count(*) FROM submission WHERE id = ? AND agency_code = ? AND year = ? AND period = ?
                   AND status = 'ACCEPTED'""").params(id, agency, year, period.name()).query(Long.class).single() == 1;
    }

    List<SheetDiff> compare(long before, long after) {
        List<SheetDiff> sheets = new ArrayList<>();
        for (Sheet sheet : Sheet.values()) {
            sheets.add(compare(sheet, rows(sheet, before), rows(sheet, after)));
        }
        return sheets;
    }

    private static SheetDiff compare(Sheet sheet, Map<String, Map<String, String>> before,
            Map<String, Map<String, String>> after) {
        List<RowDiff> added = new ArrayList<>();
        List<RowDiff> removed = new ArrayList<>();
        List<RowDiff> changed = new ArrayList<>();
        after.forEach((key, row) -> {
            Map<String, String> old = before.get(key);
            if (old == null) {
                added.add(new RowDiff(key, row, List.of()));
            } else {
                List<Change> changes = sheet.values.stream().filter(c -> !Objects.equals(old.get(c), row.get(c)))
                        .map(c -> new Change(c, old.get(c), row.get(c))).toList();
                if (!changes.isEmpty()) {
                    changed.add(new RowDiff(key, row, changes));
                }
            }
        });
        before.forEach((key, row) -> {
            if (!after.containsKey(key)) {
                removed.add(new RowDiff(key, row, List.of()));
            }
        });
        return new SheetDiff(sheet, added, removed, changed);
    }

    /** Rows by their identifying text; a repeated identity gets " (2)", " (3)" in file order. */
    private Map<String, Map<String, String>> rows(Sheet sheet, long submission) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (Map<String, Object> row : jdbc.sql(sheet.sql()).param(submission).query().listOfRows()) {
            Map<String, String> text = new LinkedHashMap<>();
            row.forEach((k, v) -> text.put(k, v == null ? null : v.toString()));
            String key = String.join(" · ", sheet.key.stream().map(k -> Objects.toString(text.get(k), "")).toList());
            String unique = key;
            for (int n = 2; rows.containsKey(unique); n++) {
                unique = key + " (" + n + ")";
            }
            rows.put(unique, text);
        }
        return rows;
    }
}
