package vn.daklak.ngoaivu.dashboard.pages;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.PeriodFigures;
import vn.daklak.ngoaivu.report.PeriodFiguresQuery;

/**
 * The report model of each (year, period), and what pages derive from it, loaded once and kept until the data
 * behind it changes, so pages answer without reading or re-deriving a period on each request. "Changed" is one
 * cheap query over the small tables a period's figures depend on: a row added, updated or deleted in any of them
 * (the newest row version's transaction id, and the row count) gives a new version. Data rows (tasks, events,
 * spending) and problems are only ever written or removed together with their submission's row (its status, or its
 * deletion), so watching {@code submission} covers them without scanning those large tables.
 */
@ServletOnly
@Component
class FiguresCache {

    private static final String VERSION = """
            SELECT concat_ws('/',
                (SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM submission),
                (SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM agency),
                (SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM plan_task),
                (SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM plan_group),
                (SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM partner))""";
    private static final String VERSION_ATTRIBUTE = FiguresCache.class.getName() + ".version";
    /** Derived page models kept per version; the events page's filters make the keys open-ended. */
    private static final int MAX_DERIVED = 2000;

    private record Key(int year, Period period) {
    }

    private record Entry(String version, PeriodFigures figures) {
    }

    private record Derived(String version, Map<Object, Object> values) {
    }

    private final PeriodFiguresQuery query;
    private final JdbcClient jdbc;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private volatile Derived derived = new Derived("", new ConcurrentHashMap<>());

    FiguresCache(PeriodFiguresQuery query, JdbcClient jdbc) {
        this.query = query;
        this.jdbc = jdbc;
    }

    PeriodFigures load(int year, Period period) {
        String version = version();
        Key key = new Key(year, period);
        Entry entry = entries.get(key);
        if (entry == null || !entry.version().equals(version)) {
            entry = new Entry(version, query.load(year, period));
            entries.put(key, entry);
        }
        return entry.figures();
    }

    /**
     * A page model derived from the figures, computed once per data version and {@code key} (which must name every
     * input of {@code compute}: page, year, period, filters). Computed outside any lock: two requests racing for the
     * same key may both compute it, and both get a correct value.
     */
    @SuppressWarnings("unchecked")
    <T> T derived(Object key, Supplier<T> compute) {
        String version = version();
        Derived current = derived;
        if (!current.version().equals(version) || current.values().size() > MAX_DERIVED) {
            current = new Derived(version, new ConcurrentHashMap<>());
            derived = current;
        }
        Object value = current.values().get(key);
        if (value == null) {
            value = compute.get();
            current.values().put(key, value);
        }
        return (T) value;
    }

    /**
     * Asked once per request: a page loads several figures and derived models, and the data it shows must be one
     * version anyway (a change arriving during the request shows at the next one).
     */
    private String version() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return jdbc.sql(VERSION).query(String.class).single();
        }
        String version = (String) request.getAttribute(VERSION_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (version == null) {
            version = jdbc.sql(VERSION).query(String.class).single();
            request.setAttribute(VERSION_ATTRIBUTE, version, RequestAttributes.SCOPE_REQUEST);
        }
        return version;
    }
}
