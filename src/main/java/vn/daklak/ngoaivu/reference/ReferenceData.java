package vn.daklak.ngoaivu.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.daklak.ngoaivu.normalize.AgencyMatcher;
import vn.daklak.ngoaivu.normalize.AgencyRef;
import vn.daklak.ngoaivu.normalize.PartnerMatcher;
import vn.daklak.ngoaivu.normalize.PartnerRef;

/** All master data one run works with: agencies, partners, plan groups and each year's plan tasks. */
public record ReferenceData(List<AgencyRef> agencies, List<PartnerRef> partners, Map<String, String> planGroups,
                            Map<Integer, List<PlanTaskRef>> plans) {

    public AgencyMatcher agencyMatcher() {
        return new AgencyMatcher(agencies);
    }

    public PartnerMatcher partnerMatcher() {
        return new PartnerMatcher(partners);
    }

    /** The task codes of a year's plan, sorted; empty when that year has no plan. */
    public Set<String> taskCodes(int year) {
        return plans.getOrDefault(year, List.of()).stream().map(PlanTaskRef::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public List<PlanTaskRef> tasks(int year) {
        return plans.getOrDefault(year, List.of());
    }

    /** Builder-friendly copy with the plans sorted by year. */
    public static ReferenceData of(List<AgencyRef> agencies, List<PartnerRef> partners, Map<String, String> groups,
                                   Map<Integer, List<PlanTaskRef>> plans) {
        return new ReferenceData(List.copyOf(agencies), List.copyOf(partners), new LinkedHashMap<>(groups),
                new TreeMap<>(plans));
    }
}
