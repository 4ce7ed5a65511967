package vn.daklak.ngoaivu.ingest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.daklak.ngoaivu.reference.PlanTaskRef;
import vn.daklak.ngoaivu.reference.ReferenceData;
import vn.daklak.ngoaivu.reference.ReferenceFiles;

/** The master data the product ships in {@code input/} (read by the production reader), optionally with more plan years. */
final class TestReference {

    private TestReference() {
    }

    /** Agencies, partners, groups and the 2024 plan. */
    static ReferenceData load() {
        return withPlanCopies();
    }

    /** As {@link #load()}, plus the 2024 plan copied to each of {@code years} (the real data has only 2024). */
    static ReferenceData withPlanCopies(int... years) {
        ReferenceData shipped = ReferenceFiles.read(Path.of("input"));
        List<PlanTaskRef> plan2024 = shipped.tasks(2024);
        Map<Integer, List<PlanTaskRef>> plans = new LinkedHashMap<>();
        plans.put(2024, plan2024);
        for (int year : years) {
            plans.put(year, plan2024.stream().map(t -> new PlanTaskRef(year, t.code(), t.group(), t.content(),
                    t.leadAgency(), t.coordinatingAgencies(), t.start().withYear(year), t.end().withYear(year),
                    t.plannedBudget(), t.fundingSource(), t.expectedOutput())).toList());
        }
        return ReferenceData.of(shipped.agencies(), shipped.partners(), shipped.planGroups(), plans);
    }
}
