package vn.daklak.ngoaivu.dashboard.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daklak.ngoaivu.dashboard.AuditAction;
import vn.daklak.ngoaivu.dashboard.AuditLog;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.schedule.NextRuns;

/**
 * Tác vụ: the history of the pipeline's runs, and for operators "run now" and the restart of a failed run, both
 * through {@link RunNow} (the same single-run lock as the command line) and both audited when they start; and each
 * schedule's next run ({@link NextRuns}).
 */
@ServletOnly
@Controller
class JobsPage {

    private static final int SHOWN = 200;

    private final RunHistory runs;
    private final RunNow runNow;
    private final AuditLog audit;
    private final Labels labels;
    private final Formats formats;
    private final NextRuns schedules;

    JobsPage(RunHistory runs, RunNow runNow, AuditLog audit, Labels labels, Formats formats, NextRuns schedules) {
        this.schedules = schedules;
        this.runs = runs;
        this.runNow = runNow;
        this.audit = audit;
        this.labels = labels;
        this.formats = formats;
    }

    @GetMapping("/jobs")
    String jobs(Model model) {
        model.addAttribute("runs", runs.latest(SHOWN));
        model.addAttribute("progress", runNow.latest().orElse(null));
        model.addAttribute("schedules", schedules.list());
        return "jobs";
    }

    @PostMapping("/jobs/run")
    String run(Authentication user, HttpServletRequest request, RedirectAttributes redirect) {
        return start(user, request, "run", redirect);
    }

    @PostMapping("/jobs/{id}/restart")
    String restart(@PathVariable long id, Authentication user, HttpServletRequest request,
                   RedirectAttributes redirect) {
        if (runs.find(id).filter(RunHistory.Run::restartable).isEmpty()) {
            redirect.addFlashAttribute("message", "jobs.notRestartable");
            return "redirect:/jobs";
        }
        return start(user, request, "restart #" + id, redirect);
    }

    private String start(Authentication user, HttpServletRequest request, String what, RedirectAttributes redirect) {
        Optional<String> refusal = runNow.start(user.getName());
        if (refusal.isPresent()) {
            redirect.addFlashAttribute("refusal", refusal.get());
        } else {
            audit.record(user.getName(), AuditAction.RUN_STARTED, what, request.getRemoteAddr());
            redirect.addFlashAttribute("message", "jobs.started");
        }
        return "redirect:/jobs";
    }

    @GetMapping(value = "/jobs", params = "format")
    ResponseEntity<byte[]> export(@RequestParam String format, Locale locale) {
        List<String> headers = Stream.of("col.command", "col.started", "col.finished", "col.duration", "col.outcome",
                "col.files", "col.accepted", "col.rejected", "col.duplicates", "col.rows").map(k -> labels.get(k, locale)).toList();
        List<List<String>> rows = runs.latest(SHOWN).stream().map(r -> List.of(r.command(),
                formats.dateTime(r.startedAt()), formats.dateTime(r.finishedAt()),
                r.seconds() == null ? "" : r.seconds().toString(), r.outcome() == null ? "" : r.outcome(),
                Integer.toString(r.files()), Integer.toString(r.accepted()), Integer.toString(r.rejected()),
                Integer.toString(r.duplicates()), Long.toString(r.rows()))).toList();
        return labels.export(new ExportTable("cac-lan-chay", headers, rows), format);
    }
}
