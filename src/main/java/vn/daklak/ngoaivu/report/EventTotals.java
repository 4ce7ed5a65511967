package vn.daklak.ngoaivu.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The totals of a period's activities, computed where the rows are (by the database for a real period) so that no
 * report or page needs the rows in memory to count them.
 *
 * @param abroad          activities outside Việt Nam
 * @param byCountry       activities by ISO country code
 * @param byPartner       activities with a known partner, by partner code
 * @param byMonth         activities by the month they started; months without any are absent
 * @param abroadByAgency  activities outside Việt Nam, by agency code (agencies with none are absent)
 * @param partnerNames    partner code to the partner's Vietnamese name as the activities carry it (else the code)
 * @param partnerAgencies partner code to the agencies with activities with it, in the order of their first one
 */
public record EventTotals(
        long count,
        long abroad,
        long participants,
        long foreignGuests,
        SortedMap<String, Long> byCountry,
        SortedMap<String, Long> byPartner,
        SortedMap<YearMonth, Long> byMonth,
        SortedMap<String, Long> byAgency,
        SortedMap<String, Long> abroadByAgency,
        SortedMap<String, Long> byType,
        SortedMap<String, Long> byTask,
        SortedMap<String, String> partnerNames,
        Map<String, List<String>> partnerAgencies) {
}
