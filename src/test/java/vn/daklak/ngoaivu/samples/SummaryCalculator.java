package vn.daklak.ngoaivu.samples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import vn.daklak.ngoaivu.normalize.FundingSource;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.normalize.TaskStatus;

/** Computes the expected summary of one (year, period) from the sample model, as section 6 defines it. */
final class SummaryCalculator {

    private SummaryCalculator() {
    }

    static ExpectedSummary compute(List<SampleSubmission> inProcessingOrder, int year, Period period) {
        Map<String, SampleSubmission> current = new TreeMap<>();
        TreeSet<String> sent = new TreeSet<>();
        for (SampleSubmission s : inProcessingOrder) {
            if (s.year() == year && s.period() == period) {
                sent.add(s.agencyCode());
                if (s.expectedAccepted()) {
                    current.put(s.agencyCode(), s);
                }
            }
        }
        List<String> expected = SampleAgencies.expected(year, period);
        List<String> missing = expected.stream().filter(code -> !current.containsKey(code)).toList();
        List<String> rejected = sent.stream().filter(code -> !current.containsKey(code)).toList();
        List<SampleSubmission> counted = new ArrayList<>(current.values());
        return new ExpectedSummary(year, period.name(),
                new ExpectedSummary.Submissions(expected.size(), current.size(), rejected.size(), missing.size(),
                        missing, rejected),
                tasks(counted), events(counted), spending(counted));
    }

    private static ExpectedSummary.Tasks tasks(List<SampleSubmission> counted) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (TaskStatus status : TaskStatus.values()) {
            byStatus.put(status.name(), 0);
        }
        counted.forEach(s -> s.tasks().forEach(t -> byStatus.merge(t.status().name(), 1, Integer::sum)));
        return new ExpectedSummary.Tasks(counted.stream().mapToInt(s -> s.tasks().size()).sum(), byStatus);
    }

    private static ExpectedSummary.Events events(List<SampleSubmission> counted) {
        List<EventReport> events = counted.stream().flatMap(s -> s.events().stream()).toList();
        Map<String, Integer> byCountry = new TreeMap<>();
        Map<String, Integer> byPartner = new TreeMap<>();
        for (EventReport e : events) {
            byCountry.merge(e.country(), 1, Integer::sum);
            if (e.partnerCode() != null) {
                byPartner.merge(e.partnerCode(), 1, Integer::sum);
            }
        }
        return new ExpectedSummary.Events(events.size(), (int) events.stream().filter(EventReport::abroad).count(),
                events.stream().mapToLong(EventReport::participants).sum(),
                events.stream().mapToLong(EventReport::foreignGuests).sum(), byCountry, byPartner);
    }

    private static ExpectedSummary.Spending spending(List<SampleSubmission> counted) {
        Map<String, ExpectedSummary.Money> bySource = new LinkedHashMap<>();
        for (FundingSource source : FundingSource.values()) {
            bySource.put(source.name(), ExpectedSummary.Money.ZERO);
        }
        ExpectedSummary.Money total = ExpectedSummary.Money.ZERO;
        for (SampleSubmission s : counted) {
            for (SpendingReport r : s.spending()) {
                bySource.compute(r.source().name(), (k, m) -> m.plus(r.estimate(), r.allocated(), r.spent()));
                total = total.plus(r.estimate(), r.allocated(), r.spent());
            }
        }
        return new ExpectedSummary.Spending(total, bySource);
    }
}
