package vn.daklak.ngoaivu.dashboard.pages;

import java.util.List;
import java.util.Map;
import vn.daklak.ngoaivu.report.EventFigure;

/** One row of the events table, its texts worked out in Java once per query (events-rows.html prints them). */
record EventLine(String date, String name, String typeKey, String country, String partner, String agency,
                 String guests) {

    static List<EventLine> of(List<EventFigure> rows, Map<String, String> agencyNames, Formats formats) {
        return rows.stream().map(e -> new EventLine(formats.date(e.startDate()), e.name(), "eventType." + e.eventType(),
                formats.country(e.country()), e.partnerName(), agencyNames.getOrDefault(e.agencyCode(), e.agencyCode()),
                formats.count(e.foreignGuests()))).toList();
    }
}
