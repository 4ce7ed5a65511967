package vn.daklak.ngoaivu.dashboard.pages;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.daklak.ngoaivu.dashboard.ServletOnly;

/** One run of the Tác vụ page opened: its summary line and what became of each file it took. */
@ServletOnly
@Controller
class RunPage {

    private final RunHistory runs;
    private final RunFileList files;
    private final Labels labels;

    RunPage(RunHistory runs, RunFileList files, Labels labels) {
        this.runs = runs;
        this.files = files;
        this.labels = labels;
    }

    @GetMapping("/jobs/{id}")
    String run(@PathVariable long id, Model model) {
        model.addAttribute("run", runs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("files", files.of(id));
        return "jobs-run";
    }

    @GetMapping(value = "/jobs/{id}", params = "format")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam String format, Locale locale) {
        runs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<String> headers = Stream.of("col.file", "col.agency", "col.year", "col.period", "col.outcome",
                "col.errors", "col.warnings", "col.rows", "col.message", "col.sha256")
                .map(k -> labels.get(k, locale)).toList();
        List<List<String>> rows = files.of(id).stream().map(f -> List.of(f.fileName(), text(f.agencyCode()),
                f.year() == null ? "" : f.year().toString(),
                f.period() == null ? "" : labels.get("period." + f.period(), locale),
                labels.get("run.outcome." + f.outcome(), locale), Integer.toString(f.errors()),
                Integer.toString(f.warnings()), Long.toString(f.rows()), text(f.message()), text(f.sha256())))
                .toList();
        return labels.export(new ExportTable("lan-chay-" + id, headers, rows), format);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
