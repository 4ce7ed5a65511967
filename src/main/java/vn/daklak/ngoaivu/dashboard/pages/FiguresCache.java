package vn.daklak.ngoaivu.dashboard.pages;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.dashboard.ServletOnly;
import vn.daklak.ngoaivu.normalize.Period;
import vn.daklak.ngoaivu.report.PeriodFigures;
import vn.daklak.ngoaivu.report.PeriodFiguresQuery;

/**
 * The report model of each (year, period), loaded once and kept until the data behind it changes, so pages answer
 * without reading every row of a period on each request. "Changed" is one cheap query over the tables a period's
 * figures depend on: a row added, updated or deleted in any of them (the newest row version's transaction id, and
 * the row count) gives a new version. Data rows (tasks, events, spending) are only ever written together with their
 * submission's row, so watching {@code submission} covers them.
 */
@ServletOnly
@Component
class FiguresCache {

    private static final String VERSION = """
            SELECT concat_ws('/',
                (SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM submission),
                (SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM problem),
                (SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM agency),
                (SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM plan_task),
                (SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM plan_group),
                (SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM partner))""";

    private record Key(int year, Period period) {
    }

    private record Entry(String version, PeriodFigures figures) {
    }

    private final PeriodFiguresQuery query;
    private final JdbcClient jdbc;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    FiguresCache(PeriodFiguresQuery query, JdbcClient jdbc) {
        this.query = query;
        this.jdbc = jdbc;
    }

    PeriodFigures load(int year, Period period) {
        String version = jdbc.sql(VERSION).query(String.class).single();
        Key key = new Key(year, period);
        Entry entry = entries.get(key);
        if (entry == null || !entry.version().equals(version)) {
            entry = new Entry(version, query.load(year, period));
            entries.put(key, entry);
        }
        return entry.figures();
    }
}
