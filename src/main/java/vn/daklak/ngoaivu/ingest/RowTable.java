package vn.daklak.ngoaivu.ingest;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import vn.daklak.ngoaivu.format.Field;
import vn.daklak.ngoaivu.format.SheetKind;
import vn.daklak.ngoaivu.read.SheetRow;

/**
 * One table sheet of a submission, end to end: the sheet it is read from, the mapper that normalises its rows, the
 * numbers its total rows add up, and how a typed row maps to its database table's columns (COPY). One constant per
 * row type, shared by the ingest job and {@code validate}, so both handle rows the same way.
 */
record RowTable<T>(SheetKind sheet, BiFunction<SheetRow, SheetContext, RowResult<T>> mapper, String table,
                   List<String> columns, Function<T, List<Object>> values,
                   Function<T, Map<Field, BigDecimal>> numbers, List<Field> numericFields) {

    static final RowTable<TaskRow> TASKS = new RowTable<>(SheetKind.TASKS, new TaskRowMapper()::map, "task_report",
            List.of("row_no", "task_code", "content", "status", "percent", "results", "issues", "proposals"),
            t -> list(t.rowNo(), t.taskCode(), t.content(), t.status().name(), t.percent(), t.results(), t.issues(),
                    t.proposals()),
            t -> Map.of(), List.of());

    static final RowTable<EventRow> EVENTS = new RowTable<>(SheetKind.EVENTS, new EventRowMapper()::map, "event",
            List.of("row_no", "task_code", "name", "event_type", "start_date", "start_precision", "end_date", "location",
                    "country", "partner_code", "partner_text", "participants", "foreign_guests", "ocop_products",
                    "heritage", "notes"),
            e -> list(e.rowNo(), e.taskCode(), e.name(), e.type().name(), e.start().date(), e.start().precision().name(),
                    e.end(), e.location(), e.country(), e.partnerCode(), e.partnerText(), e.participants(),
                    e.foreignGuests(), e.ocopProducts(), e.heritage(), e.notes()),
            e -> numbers(Field.PARTICIPANTS, e.participants(), Field.FOREIGN_GUESTS, e.foreignGuests()),
            List.of(Field.PARTICIPANTS, Field.FOREIGN_GUESTS));

    static final RowTable<SpendingRow> SPENDING = new RowTable<>(SheetKind.SPENDING, new SpendingRowMapper()::map,
            "spending",
            List.of("row_no", "task_code", "item", "source", "estimate", "allocated", "spent"),
            s -> list(s.rowNo(), s.taskCode(), s.item(), s.source().name(), s.estimate(), s.allocated(), s.spent()),
            s -> numbers(Field.ESTIMATE, s.estimate(), Field.ALLOCATED, s.allocated(), Field.SPENT, s.spent()),
            List.of(Field.ESTIMATE, Field.ALLOCATED, Field.SPENT));

    /** The three table sheets, in the order the job loads them. */
    static final List<RowTable<?>> ALL = List.of(TASKS, EVENTS, SPENDING);

    /** A fixed-size view of the row's values: read once by the COPY encoder, never changed, so not copied. */
    private static List<Object> list(Object... values) {
        return Arrays.asList(values);
    }

    private static Map<Field, BigDecimal> numbers(Object... pairs) {
        Map<Field, BigDecimal> map = new EnumMap<>(Field.class);
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] instanceof Number n) {
                map.put((Field) pairs[i], new BigDecimal(n.toString()));
            }
        }
        return map;
    }
}
