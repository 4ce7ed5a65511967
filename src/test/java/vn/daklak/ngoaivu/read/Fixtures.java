package vn.daklak.ngoaivu.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Opens committed fixture files and reads whole (small) sheets for assertions. */
final class Fixtures {

    private Fixtures() {
    }

    static Path ingest(String name) {
        return Path.of("src/test/resources/ingest", name);
    }

    static List<SheetRow> rows(SpreadsheetFile file, String sheet) throws IOException {
        try (Stream<SheetRow> rows = file.rows(sheet)) {
            return rows.toList();
        }
    }

    static SheetRow row(List<SheetRow> rows, int rowNumber) {
        return rows.stream().filter(r -> r.rowNumber() == rowNumber).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + rowNumber));
    }
}
