package vn.daklak.ngoaivu.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures summary.json (SUBMISSION-FORMAT section 6) must hold for one (year, period) of the samples. Maps are
 * sorted by key; byStatus and bySource hold every key; byCountry and byPartner only the codes that occur.
 */
public record ExpectedSummary(int year, String period, Submissions submissions, Tasks tasks, Events events,
                              Spending spending) {

    /** Who was expected, who sent an accepted report, whose every file was rejected, who is missing. */
    public record Submissions(int expected, int accepted, int rejected, int missing, List<String> missingAgencies,
                              List<String> rejectedAgencies) {
    }

    /** Task rows of the current accepted submissions, by status (all five statuses present). */
    public record Tasks(int reported, Map<String, Integer> byStatus) {
    }

    /** Activity rows of the current accepted submissions. */
    public record Events(int total, int abroad, long participants, long foreignGuests, Map<String, Integer> byCountry,
                         Map<String, Integer> byPartner) {
    }

    /** Amounts in whole đồng. */
    public record Money(long estimate, long allocated, long spent) {

        public static final Money ZERO = new Money(0, 0, 0);

        Money plus(long e, long a, long s) {
            return new Money(estimate + e, allocated + a, spent + s);
        }

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("estimate", number(estimate));
            map.put("allocated", number(allocated));
            map.put("spent", number(spent));
            return map;
        }
    }

    /** Spending rows of the current accepted submissions, in total and by source (all three sources present). */
    public record Spending(Money total, Map<String, Money> bySource) {
    }

    /**
     * The same figures shaped like summary.json, to compare with the parsed file: numbers are Integer when they fit,
     * else Long, as Jackson reads them into a Map (and as its IntNode/LongNode tell them apart).
     */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("year", year);
        map.put("period", period);
        map.put("submissions", ordered("expected", submissions.expected(), "accepted", submissions.accepted(),
                "rejected", submissions.rejected(), "missing", submissions.missing(),
                "missingAgencies", submissions.missingAgencies(), "rejectedAgencies", submissions.rejectedAgencies()));
        map.put("tasks", ordered("reported", tasks.reported(), "byStatus", tasks.byStatus()));
        map.put("events", ordered("total", events.total(), "abroad", events.abroad(),
                "participants", number(events.participants()), "foreignGuests", number(events.foreignGuests()),
                "byCountry", events.byCountry(), "byPartner", events.byPartner()));
        Map<String, Object> bySource = new LinkedHashMap<>();
        spending.bySource().forEach((source, money) -> bySource.put(source, money.asMap()));
        map.put("spending", ordered("total", spending.total().asMap(), "bySource", bySource));
        return map;
    }

    private static Number number(long value) {
        return value == (int) value ? (Number) (int) value : (Number) value;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
