package vn.daklak.ngoaivu.dashboard.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.report.AgencyFigure;
import vn.daklak.ngoaivu.report.PeriodFigures;
import vn.daklak.ngoaivu.report.PlanTaskFigure;
import vn.daklak.ngoaivu.report.TaskFigure;
import vn.daklak.ngoaivu.report.TaskProgress;

/**
 * Nhiệm vụ: the year's plan tasks with their lead and coordinating agencies, each agency's reported status and
 * results; overdue tasks first. The task's overall progress is the report model's own judgement.
 */
@ServletOnly
@Controller
class TasksPage {

    private final FiguresCache figures;
    private final Formats formats;
    private final RenderedRows rendered;

    TasksPage(FiguresCache figures, Formats formats, RenderedRows rendered) {
        this.figures = figures;
        this.formats = formats;
        this.rendered = rendered;
    }

    /** A plan task, its progress, its coordinating agencies by name, and the rows agencies reported for it. */
    record TaskRow(PlanTaskFigure task, TaskProgress progress, String coordinating, List<TaskFigure> reports) {
    }

    /** The page's lines, derived once per data version. */
    private record TasksView(List<TaskLine> lines) {
    }

    @GetMapping("/tasks")
    String tasks(@ModelAttribute("selection") Selection selection, Model model, Locale locale) {
        TasksView view = figures.derived(List.of("tasks", selection), () -> view(selection));
        model.addAttribute("rows", view.lines());
        model.addAttribute("rowsHtml", rendered.html("tasks-rows", List.of(selection), locale, view::lines));
        return "tasks";
    }

    private TasksView view(Selection selection) {
        PeriodFigures period = figures.load(selection.year(), selection.period());
        Map<String, String> names = period.agencies().stream()
                .collect(Collectors.toMap(AgencyFigure::code, AgencyFigure::name));
        return new TasksView(rows(period).stream().map(r -> TaskLine.of(r, names, formats)).toList());
    }

    /** The page's rows, overdue first, then by code; the export writes the same rows. */
    static List<TaskRow> rows(PeriodFigures period) {
        Map<String, List<TaskFigure>> byTask = period.tasks().stream()
                .collect(Collectors.groupingBy(TaskFigure::taskCode));
        Map<String, String> names = period.agencies().stream()
                .collect(Collectors.toMap(AgencyFigure::code, AgencyFigure::name));
        return period.planTasks().stream()
                .map(t -> new TaskRow(t, period.progress(t), t.coordinatingAgencies().stream()
                        .map(c -> names.getOrDefault(c, c)).collect(Collectors.joining("; ")),
                        byTask.getOrDefault(t.code(), List.of())))
                .sorted(Comparator.comparing((TaskRow r) -> r.progress() != TaskProgress.OVERDUE)
                        .thenComparing(r -> r.task().code()))
                .toList();
    }
}
