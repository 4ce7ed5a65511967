package vn.daklak.ngoaivu.samples;

import java.util.List;

import vn.daklak.ngoaivu.normalize.Period;

/**
 * One sample workbook as intended: who sends it, for which period, what it reports, how it is written, and whether
 * the pipeline must accept it.
 */
public record SampleSubmission(String fileName, String agencyAsWritten, String agencyCode, int year, Period period,
                               List<TaskReport> tasks, List<EventReport> events, List<SpendingReport> spending,
                               boolean expectedAccepted, WritingStyle style) {

    public SampleSubmission {
        tasks = List.copyOf(tasks);
        events = List.copyOf(events);
        spending = List.copyOf(spending);
    }
}
