package vn.daklak.ngoaivu.report;

import java.util.List;

/**
 * Which activities a table shows, and in which order.
 *
 * @param country     ISO code, or null for any (so for every filter)
 * @param month       a prefix of the start date as {@code yyyy-MM-dd}: "2024-06" for June 2024
 * @param order       the sort key; ties are broken by agency code, then row number, both ascending
 * @param countryRank country codes in the order {@link Order#COUNTRY} sorts them (by their Vietnamese names)
 */
public record EventFilter(String country, String partner, String type, String agency, String month, Order order,
                          boolean descending, List<String> countryRank) {

    public enum Order { DATE, NAME, COUNTRY, AGENCY, TYPE }
}
