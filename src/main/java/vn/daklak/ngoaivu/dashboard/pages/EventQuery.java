package vn.daklak.ngoaivu.dashboard.pages;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.util.UriComponentsBuilder;
import vn.daklak.ngoaivu.normalize.Countries;
import vn.daklak.ngoaivu.report.EventFilter;

/**
 * What the events table shows: its filters, sort and page, all in the URL (a shared link shows the same rows).
 *
 * @param month "2024-06", or null for every month
 * @param sort  one of {@link #SORTS}' keys
 */
public record EventQuery(Selection selection, String country, String partner, String type, String agency,
                         String month, String sort, boolean descending, int page) {

    static final int PAGE_SIZE = 50;
    private static final Collator VIETNAMESE_ORDER = Collator.getInstance(Locale.forLanguageTag("vi"));
    /** Sort keys of country names by ISO code: a collator compares under a lock, a collation key does not. */
    private static final Map<String, CollationKey> COUNTRY_ORDER = new ConcurrentHashMap<>();

    static final Map<String, EventFilter.Order> SORTS = Map.of("date", EventFilter.Order.DATE,
            "name", EventFilter.Order.NAME, "country", EventFilter.Order.COUNTRY, "agency", EventFilter.Order.AGENCY,
            "type", EventFilter.Order.TYPE);

    public EventQuery {
        sort = SORTS.containsKey(sort) ? sort : "date";
        page = Math.max(page, 1);
    }

    /** The report model's filter for this view; {@code countries}: the period's country codes, to rank by name. */
    EventFilter filter(Collection<String> countries) {
        List<String> rank = countries.stream().sorted(Comparator.comparing(EventQuery::countryOrder)).toList();
        return new EventFilter(country, partner, type, agency, month, SORTS.get(sort), descending, rank);
    }

    /** This view sorted by {@code key}: the same key again flips the direction. */
    public String sortedBy(String key) {
        return with(key, key.equals(sort) && !descending, 1);
    }

    public String onPage(int number) {
        return with(sort, descending, number);
    }

    private String with(String sortKey, boolean desc, int pageNumber) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/events")
                .queryParam("year", selection.year()).queryParam("period", selection.period());
        Map<String, String> filters = new java.util.LinkedHashMap<>();
        filters.put("country", country);
        filters.put("partner", partner);
        filters.put("type", type);
        filters.put("agency", agency);
        filters.put("month", month);
        filters.forEach((k, v) -> {
            if (!blank(v)) {
                url.queryParam(k, v);
            }
        });
        url.queryParam("sort", sortKey);
        if (desc) {
            url.queryParam("desc", true);
        }
        if (pageNumber > 1) {
            url.queryParam("page", pageNumber);
        }
        return url.encode().build().toUriString();
    }

    private static CollationKey countryOrder(String iso) {
        return COUNTRY_ORDER.computeIfAbsent(iso, c -> {
            synchronized (VIETNAMESE_ORDER) {
                return VIETNAMESE_ORDER.getCollationKey(Countries.vietnameseName(c));
            }
        });
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
