package vn.daklak.ngoaivu.ingest;

import java.util.List;
import vn.daklak.ngoaivu.normalize.Suggestions;
import vn.daklak.ngoaivu.reference.PlanTaskRef;

/** The plan's tasks as candidates for a mistyped task code, marked when the reporting agency leads or coordinates. */
final class PlanTaskCandidates {

    private PlanTaskCandidates() {
    }

    static List<Suggestions.PlanTask> of(List<PlanTaskRef> plan, String agencyCode) {
        return plan.stream().map(t -> new Suggestions.PlanTask(t.code(), t.content(), agencyCode != null
                && (agencyCode.equals(t.leadAgency()) || t.coordinatingAgencies().contains(agencyCode)))).toList();
    }
}
