package vn.daklak.ngoaivu.samples;

import java.util.List;
import java.util.Set;

import vn.daklak.ngoaivu.normalize.EventType;

/**
 * A kind of activity an agency carries out for a plan task. {@code agencies} empty means any agency reporting the
 * task; {@code {noi}} in the name and location stands for a district's locality; {@code months} are the months
 * (1–12, 12 meaning December of the year before in a report's first half) when it usually happens.
 */
record EventTemplate(String task, Set<String> agencies, String name, EventType type, String location, String country,
                     String partner, int minPeople, int maxPeople, int foreignPercent, String ocop, String heritage,
                     List<Integer> months) {

    boolean suits(String agency) {
        return agencies.isEmpty() || agencies.contains(agency);
    }
}
