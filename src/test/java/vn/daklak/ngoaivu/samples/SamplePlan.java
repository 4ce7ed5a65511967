package vn.daklak.ngoaivu.samples;

import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

import vn.daklak.ngoaivu.normalize.FundingSource;

/** The 2024 plan appendix of src/test/resources/samples/plan-2024-tasks.csv. */
final class SamplePlan {

    /** One plan task. */
    record PlanTask(String code, String content, String lead, List<String> coordinating, long budget,
                    FundingSource source) {

        boolean involves(String agency) {
            return lead.equals(agency) || coordinating.contains(agency);
        }
    }

    private static final List<PlanTask> TASKS = SampleCsv.read("plan-2024-tasks.csv").stream()
            .map(r -> new PlanTask(r.get("code"), r.get("content"), r.get("lead_agency"),
                    Arrays.asList(r.get("coordinating_agencies").split("\\|")),
                    Long.parseLong(r.get("planned_budget")), FundingSource.valueOf(r.get("funding_source"))))
            .toList();

    private SamplePlan() {
    }

    static List<PlanTask> tasks() {
        return TASKS;
    }

    static PlanTask task(String code) {
        return TASKS.stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(code));
    }

    /**
     * The tasks an agency reports on: those it leads or coordinates, NV13 for every district, and NV10 (culture in
     * delegations, which every agency receiving or sending delegations does) for agencies the plan names nowhere,
     * except the university, which works on the gong heritage cooperation (NV09).
     */
    static List<PlanTask> tasksOf(SampleAgency agency) {
        List<PlanTask> own = TASKS.stream()
                .filter(t -> t.involves(agency.code()) || agency.isDistrict() && t.code().equals("NV13")).toList();
        return own.isEmpty() ? List.of(task(agency.code().equals("DHTN") ? "NV09" : "NV10")) : own;
    }
}
