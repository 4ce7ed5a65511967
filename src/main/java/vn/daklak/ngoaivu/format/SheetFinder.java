package vn.daklak.ngoaivu.format;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.daklak.ngoaivu.read.SheetRow;
import vn.daklak.ngoaivu.read.SpreadsheetFile;

/**
 * Finds the four sheets of a submission: by name (canonical or alias, compared by matchKey/asciiKey), failing that by
 * their header row (info sheet: a label of {@link InfoField} in column A). Sheets not found are absent from the map.
 * A leading number in a sheet name ({@code 1. Thông tin chung}) is accepted.
 */
public final class SheetFinder {

    private static final AliasIndex<SheetKind> NAMES = names();
    /** Table sheets first: a full header row is stronger evidence than one info label in column A. */
    private static final List<SheetKind> CONTENT_ORDER =
            List.of(SheetKind.TASKS, SheetKind.EVENTS, SheetKind.SPENDING, SheetKind.INFO);

    private SheetFinder() {
    }

    public static Map<SheetKind, String> locate(SpreadsheetFile file) throws IOException {
        Map<SheetKind, String> found = new EnumMap<>(SheetKind.class);
        for (String name : file.sheetNames()) {
            NAMES.findNumbered(name).ifPresent(kind -> found.putIfAbsent(kind, name));
        }
        if (found.size() < SheetKind.values().length) {
            byContent(file, found);
        }
        return found;
    }

    private static void byContent(SpreadsheetFile file, Map<SheetKind, String> found) throws IOException {
        Map<String, List<SheetRow>> tops = new HashMap<>();
        for (SheetKind kind : CONTENT_ORDER) {
            if (found.containsKey(kind)) {
                continue;
            }
            for (String name : file.sheetNames()) {
                if (!found.containsValue(name) && matches(kind, top(file, name, tops))) {
                    found.put(kind, name);
                    break;
                }
            }
        }
    }

    private static boolean matches(SheetKind kind, List<SheetRow> top) {
        if (kind == SheetKind.INFO) {
            return top.stream().anyMatch(row -> InfoSheetReader.field(row).isPresent());
        }
        return HeaderDetector.detect(SubmissionFormat.sheet(kind), top).filter(HeaderMatch::complete).isPresent();
    }

    private static List<SheetRow> top(SpreadsheetFile file, String name, Map<String, List<SheetRow>> tops)
            throws IOException {
        List<SheetRow> rows = tops.get(name);
        if (rows == null) {
            try (Stream<SheetRow> stream = file.rows(name)) {
                rows = stream.takeWhile(r -> r.rowNumber() <= InfoSheetReader.MAX_ROWS).toList();
            }
            tops.put(name, rows);
        }
        return rows;
    }

    private static AliasIndex<SheetKind> names() {
        AliasIndex<SheetKind> index = new AliasIndex<>();
        for (SheetSpec spec : SubmissionFormat.sheets()) {
            index.add(spec.kind(), List.of(spec.canonicalName()));
            index.add(spec.kind(), spec.aliases());
        }
        return index;
    }
}
