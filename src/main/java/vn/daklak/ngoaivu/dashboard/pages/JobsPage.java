package vn.daklak.ngoaivu.dashboard.pages;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Tác vụ: the history of the pipeline's runs. Starting a run from here must take the same single-run lock as the
 * command line; until that lock exists the page says so instead of offering the button.
 */
@Controller
class JobsPage {

    private static final int SHOWN = 200;

    private final RunHistory runs;
    private final Labels labels;
    private final Formats formats;

    JobsPage(RunHistory runs, Labels labels, Formats formats) {
        this.runs = runs;
        this.labels = labels;
        this.formats = formats;
    }

    @GetMapping("/jobs")
    String jobs(Model model) {
        model.addAttribute("runs", runs.latest(SHOWN));
        return "jobs";
    }

    @GetMapping(value = "/jobs", params = "format")
    ResponseEntity<byte[]> export(@RequestParam String format, Locale locale) {
        List<String> headers = Stream.of("col.command", "col.started", "col.finished", "col.duration", "col.outcome",
                "col.files", "col.accepted", "col.rejected", "col.duplicates").map(k -> labels.get(k, locale)).toList();
        List<List<String>> rows = runs.latest(SHOWN).stream().map(r -> List.of(r.command(),
                formats.dateTime(r.startedAt()), formats.dateTime(r.finishedAt()),
                r.seconds() == null ? "" : r.seconds().toString(), r.outcome() == null ? "" : r.outcome(),
                Integer.toString(r.files()), Integer.toString(r.accepted()), Integer.toString(r.rejected()),
                Integer.toString(r.duplicates()))).toList();
        return labels.export(new ExportTable("cac-lan-chay", headers, rows), format);
    }
}
