package vn.daklak.ngoaivu.dashboard.pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.daklak.ngoaivu.dashboard.OutputFiles;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.dashboard.UserAccounts;
import vn.daklak.ngoaivu.report.AgencyFigure;
import vn.daklak.ngoaivu.report.PeriodFigures;

/**
 * The CSV and XLSX exports of the smaller tables: one agency's files and their problems, what changed between two
 * versions, the agencies without an accepted report on the overview, the downloads list and (administrators only, by
 * the security configuration's rule on {@code /users}) the users. Same escaping as every export: {@link Labels#export}.
 */
@ServletOnly
@Controller
class DetailExports {

    private final FiguresCache figures;
    private final AgencyTables agencyTables;
    private final SubmissionHistory history;
    private final VersionDiff diff;
    private final DiffValues diffValues;
    private final UserAccounts accounts;
    private final OutputFiles files;
    private final Labels labels;
    private final Formats formats;

    DetailExports(FiguresCache figures, AgencyTables agencyTables, SubmissionHistory history, VersionDiff diff,
            DiffValues diffValues, UserAccounts accounts, OutputFiles files, Labels labels, Formats formats) {
        this.agencyTables = agencyTables;
        this.diffValues = diffValues;
        this.figures = figures;
        this.history = history;
        this.diff = diff;
        this.accounts = accounts;
        this.files = files;
        this.labels = labels;
        this.formats = formats;
    }

    /** The agency's task reports, events or spending lines of the period ({@code table=tasks|events|spending}). */
    @GetMapping(value = "/agencies", params = {"format", "agency", "table"})
    ResponseEntity<byte[]> agencyRows(@ModelAttribute("selection") Selection selection, @RequestParam String agency,
            @RequestParam String table, @RequestParam String format, Locale locale) {
        AgencyTables.Rows rows = agencyTables.of(selection, agency);
        String name = "co-quan-" + agency + "-";
        return switch (table) {
            case "tasks" -> labels.export(name + "nhiem-vu", selection, labels.headers(locale, "col.code", "col.task",
                    "col.taskStatus", "col.percent", "col.results"), rows.tasks().stream().map(t -> List.of(
                    t.taskCode(), text(t.content()), labels.get("taskStatus." + t.status(), locale),
                    t.percent() == null ? "" : formats.percent(t.percent()), text(t.results()))).toList(), format);
            case "events" -> labels.export(name + "hoat-dong", selection, labels.headers(locale, "col.date", "col.event",
                    "col.type", "col.country", "col.partner", "col.foreignGuests"), rows.events().stream().map(e ->
                    List.of(formats.date(e.startDate()), e.name(), labels.get("eventType." + e.eventType(), locale),
                            formats.country(e.country()), text(e.partnerName()), formats.count(e.foreignGuests())))
                    .toList(), format);
            case "spending" -> labels.export(name + "kinh-phi", selection, labels.headers(locale, "col.code", "col.item",
                    "col.source", "col.estimate", "col.allocated", "col.spent"), rows.spending().stream().map(s ->
                    List.of(s.taskCode(), text(s.item()), labels.get("source." + s.source(), locale),
                            formats.count(s.estimate()), formats.count(s.allocated()), formats.count(s.spent())))
                    .toList(), format);
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "table=tasks|events|spending");
        };
    }

    /** Every file of the agency for the period, one row per problem (a file without problems has one row). */
    @GetMapping(value = "/submissions/history", params = "format")
    ResponseEntity<byte[]> history(@ModelAttribute("selection") Selection selection, @RequestParam String agency,
            @RequestParam String format, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        for (SubmissionHistory.File f : history.files(agency, selection.year(), selection.period())) {
            List<String> file = List.of(f.fileName(), formats.dateTime(f.receivedAt()),
                    labels.get("history.status." + f.outcome(), locale));
            if (f.problems().isEmpty()) {
                rows.add(concat(file, List.of("", "", "", "", "", "")));
            }
            for (SubmissionHistory.Problem p : f.problems()) {
                rows.add(concat(file, List.of(labels.get("severity." + p.severity(), locale), text(p.sheet()),
                        p.row() == null ? "" : p.row().toString(), text(p.column()), text(p.rawValue()),
                        text(p.message()))));
            }
        }
        return labels.export("lich-su-nop-" + agency, selection, labels.headers(locale, "col.file", "col.received",
                "col.outcome", "col.severity", "col.sheet", "col.row", "col.column", "col.value", "col.message"),
                rows, format);
    }

    /** The version comparison's rows, sheet by sheet, as the page lists them. */
    @GetMapping(value = "/submissions/diff", params = "format")
    ResponseEntity<byte[]> diff(@ModelAttribute("selection") Selection selection, @RequestParam String agency,
            @RequestParam long from, @RequestParam long to, @RequestParam String format, Locale locale) {
        if (!diff.belongs(from, agency, selection.year(), selection.period())
                || !diff.belongs(to, agency, selection.year(), selection.period())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<List<String>> rows = new ArrayList<>();
        for (VersionDiff.SheetDiff s : diffValues.shown(diff.compare(from, to), locale)) {
            String sheet = labels.get("diff.sheet." + s.sheet(), locale);
            s.added().forEach(r -> rows.add(List.of(sheet, labels.get("diff.added", locale), r.key(), "", "",
                    joined(r))));
            s.removed().forEach(r -> rows.add(List.of(sheet, labels.get("diff.removed", locale), r.key(), "",
                    joined(r), "")));
            s.changed().forEach(r -> r.changes().forEach(c -> rows.add(List.of(sheet,
                    labels.get("diff.changed", locale), r.key(), labels.get("diff.col." + c.column(), locale),
                    text(c.before()), text(c.after())))));
        }
        return labels.export("thay-doi-" + agency + "-" + from + "-" + to, selection, labels.headers(locale, "col.sheet",
                "diff.change", "diff.row", "diff.column", "diff.before", "diff.after"), rows, format);
    }

    /** The overview's agencies that have no accepted report for the period. */
    @GetMapping(value = "/", params = {"format", "table=missing"})
    ResponseEntity<byte[]> missing(@ModelAttribute("selection") Selection selection, @RequestParam String format,
            Locale locale) {
        PeriodFigures period = figures.load(selection.year(), selection.period());
        List<List<String>> rows = period.agencies().stream().filter(AgencyFigure::missing)
                .map(a -> List.of(a.code(), a.name(), labels.get("state." + a.state(), locale))).toList();
        return labels.export("chua-bao-cao", selection, labels.headers(locale, "col.code", "col.agency", "col.state"), rows,
                format);
    }

    @GetMapping(value = "/downloads", params = "format")
    ResponseEntity<byte[]> downloads(@ModelAttribute("selection") Selection selection, @RequestParam String format,
            Locale locale) {
        List<List<String>> rows = files.reportFiles(selection.year(), selection.period()).stream()
                .map(f -> List.of(f.name(), labels.get("downloads.kilobytes", locale,
                        formats.count((f.size() + 1023) / 1024)))).toList();
        return labels.export("tai-ve", selection, labels.headers(locale, "col.file", "col.size"), rows, format);
    }

    @GetMapping(value = "/users", params = "format")
    ResponseEntity<byte[]> users(@RequestParam String format, Locale locale) {
        Instant now = Instant.now();
        List<List<String>> rows = accounts.list().stream().map(u -> List.of(u.username(),
                labels.get("role." + u.role(), locale), labels.get(!u.enabled() ? "users.state.disabled"
                        : u.lockedUntil() != null && u.lockedUntil().isAfter(now) ? "users.state.locked"
                        : "users.state.active", locale))).toList();
        return labels.export(new ExportTable("nguoi-dung", labels.headers(locale, "col.user", "col.role", "col.state"),
                rows), format);
    }


    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String joined(VersionDiff.RowDiff row) {
        return String.join(" · ", row.values().values());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
