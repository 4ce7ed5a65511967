package vn.daklak.ngoaivu.samples;

import java.util.ArrayList;
import java.util.List;

import vn.daklak.ngoaivu.normalize.Period;

/** Everything one agency did in the year, from which both its H1 and its YEAR reports are cut. */
record AgencyYear(SampleAgency agency, List<TaskReport> tasksH1, List<TaskReport> tasksYear,
                  List<EventReport> eventsH1, List<EventReport> eventsH2, List<SpendingReport> spendingH1,
                  List<SpendingReport> spendingYear) {

    List<TaskReport> tasks(Period period) {
        return period == Period.H1 ? tasksH1 : tasksYear;
    }

    /** The H1 report lists the first half's activities; the annual report repeats them and adds the second's. */
    List<EventReport> events(Period period) {
        if (period == Period.H1) {
            return eventsH1;
        }
        List<EventReport> all = new ArrayList<>(eventsH1);
        all.addAll(eventsH2);
        return all;
    }

    List<SpendingReport> spending(Period period) {
        return period == Period.H1 ? spendingH1 : spendingYear;
    }
}
