package vn.daklak.ngoaivu.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.daklak.ngoaivu.normalize.AgencyMatcher;
import vn.daklak.ngoaivu.normalize.AgencyRef;
import vn.daklak.ngoaivu.normalize.PartnerMatcher;
import vn.daklak.ngoaivu.normalize.PartnerRef;

/**
 * All master data one run works with: agencies, partners, plan groups and each year's plan tasks. Immutable; its
 * matchers and task-code sets are built once, when it is made, so every file and step of a run shares them.
 */
public final class ReferenceData {

    private final List<AgencyRef> agencies;
    private final List<PartnerRef> partners;
    private final Map<String, String> planGroups;
    private final Map<Integer, List<PlanTaskRef>> plans;
    private final AgencyMatcher agencyMatcher;
    private final PartnerMatcher partnerMatcher;
    private final Map<Integer, SortedSet<String>> taskCodes;

    private ReferenceData(List<AgencyRef> agencies, List<PartnerRef> partners, Map<String, String> planGroups,
                          Map<Integer, List<PlanTaskRef>> plans) {
        this.agencies = agencies;
        this.partners = partners;
        this.planGroups = planGroups;
        this.plans = plans;
        this.agencyMatcher = new AgencyMatcher(agencies);
        this.partnerMatcher = new PartnerMatcher(partners);
        this.taskCodes = new TreeMap<>();
        plans.forEach((year, tasks) -> taskCodes.put(year, Collections.unmodifiableSortedSet(
                tasks.stream().map(PlanTaskRef::code).collect(Collectors.toCollection(TreeSet::new)))));
    }

    /** A copy with the plans sorted by year. */
    public static ReferenceData of(List<AgencyRef> agencies, List<PartnerRef> partners, Map<String, String> groups,
                                   Map<Integer, List<PlanTaskRef>> plans) {
        Map<Integer, List<PlanTaskRef>> sorted = new TreeMap<>();
        plans.forEach((year, tasks) -> sorted.put(year, List.copyOf(tasks)));
        return new ReferenceData(List.copyOf(agencies), List.copyOf(partners),
                Collections.unmodifiableMap(new LinkedHashMap<>(groups)), Collections.unmodifiableMap(sorted));
    }

    public List<AgencyRef> agencies() {
        return agencies;
    }

    public List<PartnerRef> partners() {
        return partners;
    }

    public Map<String, String> planGroups() {
        return planGroups;
    }

    public Map<Integer, List<PlanTaskRef>> plans() {
        return plans;
    }

    public AgencyMatcher agencyMatcher() {
        return agencyMatcher;
    }

    public PartnerMatcher partnerMatcher() {
        return partnerMatcher;
    }

    /** The task codes of a year's plan, sorted; empty when that year has no plan. */
    public Set<String> taskCodes(int year) {
        return taskCodes.getOrDefault(year, Collections.emptySortedSet());
    }

    public List<PlanTaskRef> tasks(int year) {
        return plans.getOrDefault(year, List.of());
    }
}
