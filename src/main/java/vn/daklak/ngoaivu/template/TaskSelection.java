package vn.daklak.ngoaivu.template;

import java.util.ArrayList;
import java.util.List;
import vn.daklak.ngoaivu.normalize.AgencyRef;
import vn.daklak.ngoaivu.reference.PlanTaskRef;

/**
 * Which plan tasks are prefilled in {@code Nhiệm vụ}. Without an agency: every task of the year, in plan order. For an
 * agency: only the tasks it leads, then those it coordinates (each in plan order). An agency's template lists only its
 * own tasks so it reports on what it was assigned; the task-code drop-down still offers every code of the plan, so it
 * can add a row for any other task it took part in. An agency with no assigned task gets no prefilled row.
 */
final class TaskSelection {

    private TaskSelection() {
    }

    static List<PlanTaskRef> prefilled(List<PlanTaskRef> plan, AgencyRef agencyOrNull) {
        if (agencyOrNull == null) {
            return List.copyOf(plan);
        }
        String code = agencyOrNull.code();
        List<PlanTaskRef> out = new ArrayList<>();
        plan.stream().filter(t -> code.equalsIgnoreCase(t.leadAgency())).forEach(out::add);
        plan.stream()
                .filter(t -> !code.equalsIgnoreCase(t.leadAgency()))
                .filter(t -> t.coordinatingAgencies() != null
                        && t.coordinatingAgencies().stream().anyMatch(code::equalsIgnoreCase))
                .forEach(out::add);
        return out;
    }
}
