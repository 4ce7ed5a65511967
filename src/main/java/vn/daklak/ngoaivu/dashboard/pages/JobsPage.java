package vn.daklak.ngoaivu.dashboard.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Tác vụ: the history of the pipeline's runs. Starting a run from here must take the same single-run lock as the
 * command line; until that lock exists the page says so instead of offering the button.
 */
@Controller
class JobsPage {

    private static final int SHOWN = 200;

    private final RunHistory runs;

    JobsPage(RunHistory runs) {
        this.runs = runs;
    }

    @GetMapping("/jobs")
    String jobs(Model model) {
        model.addAttribute("runs", runs.latest(SHOWN));
        return "jobs";
    }
}
