package vn.daklak.ngoaivu.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.TaskStatus;
import vn.daklak.ngoaivu.normalize.VietText;

/**
 * The look-ups the report's sentences need, all derived from one {@link PeriodFigures}: names of agencies, the plan's
 * groups, and which plan tasks are still open or overdue.
 */
final class ReportDocxFacts {

    /** Below this share of the allocated budget, a task's spending is called low. */
    static final int LOW_EXECUTION_PERCENT = 50;

    private final PeriodFigures figures;
    private final Map<String, String> agencyNames;
    private final Map<String, PlanTaskFigure> planTasks;

    ReportDocxFacts(PeriodFigures figures) {
        this.figures = figures;
        this.agencyNames = figures.agencies().stream()
                .collect(Collectors.toMap(AgencyFigure::code, AgencyFigure::name, (a, b) -> a));
        this.planTasks = figures.planTasks().stream()
                .collect(Collectors.toMap(PlanTaskFigure::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    PeriodFigures figures() {
        return figures;
    }

    /**
     * What the report reports on: the year's plan, and for H1 the first six months of it ("Kế hoạch Ngoại giao văn
     * hóa năm 2024 trong 6 tháng đầu năm"); there is no six-month plan.
     */
    String planAndPeriod() {
        String plan = "Kế hoạch Ngoại giao văn hóa năm " + figures.year();
        return figures.period() == Period.H1 ? plan + " trong " + Period.H1.label() : plan;
    }

    /** The period the open tasks carry over to: "6 tháng cuối năm 2024" after H1, "năm 2025" after the year. */
    String nextPeriod() {
        return figures.period() == Period.H1 ? "6 tháng cuối năm " + figures.year() : "năm " + (figures.year() + 1);
    }

    /** The agency's name; the code itself when the agency sent nothing and is not in this period's list. */
    String agencyName(String code) {
        return code == null ? "" : agencyNames.getOrDefault(code, code);
    }

    /** Plan tasks by group name, groups in code order, tasks without a group last. */
    Map<String, List<PlanTaskFigure>> planTasksByGroup() {
        Map<String, List<PlanTaskFigure>> groups = new LinkedHashMap<>();
        planTasks.values().stream()
                .sorted(Comparator.comparing((PlanTaskFigure t) -> t.groupCode() == null ? "~" : t.groupCode())
                        .thenComparing(PlanTaskFigure::code))
                .forEach(t -> groups.computeIfAbsent(groupName(t), g -> new ArrayList<>()).add(t));
        return groups;
    }

    List<TaskFigure> taskRows(String taskCode) {
        return figures.tasks().stream().filter(t -> t.taskCode().equals(taskCode)).toList();
    }

    /**
     * The largest activities of these tasks (most participants, then earliest), one per title: the same activity
     * reported by several agencies is listed once. Reads the rows largest first and stops at {@code limit}.
     */
    List<EventFigure> notableEvents(Set<String> taskCodes, int limit) {
        Map<String, EventFigure> byTitle = new LinkedHashMap<>();
        if (limit > 0) {
            figures.events().largestFirst(taskCodes, e -> {
                byTitle.putIfAbsent(VietText.matchKey(e.name()), e);
                return byTitle.size() < limit;
            });
        }
        return List.copyOf(byTitle.values());
    }

    long spent(String taskCode) {
        return figures.spending().stream().filter(s -> s.taskCode().equals(taskCode))
                .mapToLong(SpendingFigure::spent).sum();
    }

    /** "2 hoàn thành, 1 đang thực hiện": the statuses that occur, in the order of {@link TaskStatus}. */
    static String statusSummary(List<TaskFigure> rows) {
        Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
        rows.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        return counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase())
                .collect(Collectors.joining(", "));
    }

    /**
     * Plan tasks that carry over to the next period, in code order: not done by their lead agency (judged by
     * {@link PeriodFigures#progress}, as in the workbook), or done by it while another agency reports its part as in
     * progress, not started, not carried out or postponed.
     */
    List<PlanTaskFigure> unfinished() {
        return planTasks.values().stream().filter(t -> figures.progress(t) != TaskProgress.DONE
                || taskRows(t.code()).stream().anyMatch(r -> r.status() != TaskStatus.DONE)).toList();
    }

    /** Plan tasks past their end date and not done, as the workbook marks them. */
    List<PlanTaskFigure> overdue() {
        return planTasks.values().stream().filter(t -> figures.progress(t) == TaskProgress.OVERDUE).toList();
    }

    /** Tasks with an allocation whose spending stays below {@link #LOW_EXECUTION_PERCENT} of it. */
    Map<String, MoneyTotals> lowExecution() {
        Map<String, MoneyTotals> low = new LinkedHashMap<>();
        figures.spendingByTask().forEach((code, money) -> {
            if (money.allocated() > 0 && money.spent() * 100 < money.allocated() * LOW_EXECUTION_PERCENT) {
                low.put(code, money);
            }
        });
        return low;
    }

    private static String groupName(PlanTaskFigure task) {
        if (task.groupName() != null) {
            return task.groupName();
        }
        return task.groupCode() == null ? "Nhiệm vụ khác" : "Nhóm " + task.groupCode();
    }
}
