package vn.daklak.ngoaivu.dashboard.pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.dashboard.ServletOnly;

/**
 * A version comparison as a reader sees it: the stored values ({@code 2024-11-20}, {@code 24000000}, {@code SOCIALIZED},
 * {@code VN}) in the pages' forms (20/11/2024, 24.000.000 đồng, Xã hội hóa, Việt Nam), empty fields left out. Rows are
 * matched on the stored values ({@link VersionDiff}); only what is shown is rewritten.
 */
@ServletOnly
@Component
class DiffValues {

    private final Formats formats;
    private final MessageSource messages;

    DiffValues(Formats formats, MessageSource messages) {
        this.formats = formats;
        this.messages = messages;
    }

    List<VersionDiff.SheetDiff> shown(List<VersionDiff.SheetDiff> sheets, Locale locale) {
        return sheets.stream().map(s -> new VersionDiff.SheetDiff(s.sheet(), rows(s.sheet(), s.added(), locale),
                rows(s.sheet(), s.removed(), locale), rows(s.sheet(), s.changed(), locale))).toList();
    }

    private List<VersionDiff.RowDiff> rows(VersionDiff.Sheet sheet, List<VersionDiff.RowDiff> rows, Locale locale) {
        return rows.stream().map(r -> new VersionDiff.RowDiff(key(sheet, r, locale), values(r.values(), locale),
                r.changes().stream().map(c -> new VersionDiff.Change(c.column(), value(c.column(), c.before(), locale),
                        value(c.column(), c.after(), locale))).toList())).toList();
    }

    /** The identifying values shown, and the " (2)" a repeated identity carries. */
    private String key(VersionDiff.Sheet sheet, VersionDiff.RowDiff row, Locale locale) {
        String stored = String.join(" · ", sheet.key().stream().map(c -> text(row.values().get(c))).toList());
        String repeat = row.key().startsWith(stored) ? row.key().substring(stored.length()) : "";
        return String.join(" · ", sheet.key().stream().map(c -> value(c, row.values().get(c), locale)).toList())
                + repeat;
    }

    private Map<String, String> values(Map<String, String> stored, Locale locale) {
        Map<String, String> shown = new LinkedHashMap<>();
        stored.forEach((column, raw) -> {
            String value = value(column, raw, locale);
            if (!value.isEmpty()) {
                shown.put(column, value);
            }
        });
        return shown;
    }

    String value(String column, String raw, Locale locale) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        return switch (column) {
            case "start_date", "end_date" -> formats.date(LocalDate.parse(raw));
            case "estimate", "allocated", "spent" -> formats.money(Long.parseLong(raw));
            case "participants", "foreign_guests" -> formats.count(Long.parseLong(raw));
            case "percent" -> formats.percent(new BigDecimal(raw));
            case "status" -> label("taskStatus." + raw, raw, locale);
            case "event_type" -> label("eventType." + raw, raw, locale);
            case "source" -> label("source." + raw, raw, locale);
            case "country" -> formats.country(raw);
            default -> raw;
        };
    }

    private String label(String key, String raw, Locale locale) {
        return messages.getMessage(key, null, raw, locale);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
