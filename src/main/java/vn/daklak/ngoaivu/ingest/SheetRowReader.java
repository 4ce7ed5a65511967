package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.util.Iterator;
import java.util.stream.Stream;
import vn.daklak.ngoaivu.format.HeaderMatch;
import vn.daklak.ngoaivu.format.SheetKind;
import vn.daklak.ngoaivu.read.SheetRow;
import vn.daklak.ngoaivu.read.SpreadsheetFile;

/**
 * Streams the rows under the header of one table sheet of a submission, one at a time, so memory stays flat whatever
 * the file's size. Reads the workbook the inspection already opened, at the sheet and header it found
 * ({@link Inspection}), so a file is opened, and its header rows matched, once (issue 10). Yields nothing when the
 * sheet is absent or its header unusable: the inspection has already recorded why.
 */
final class SheetRowReader implements AutoCloseable {

    private final Stream<SheetRow> stream;
    private final Iterator<SheetRow> rows;
    private final String sheetName;
    private final HeaderMatch header;

    /** The rows of the sheet of {@code kind} in {@code workbook}; none when {@code readable} is false. */
    SheetRowReader(SpreadsheetFile workbook, Inspection inspection, SheetKind kind, boolean readable) {
        this.sheetName = readable ? inspection.sheets().get(kind) : null;
        this.header = sheetName == null ? null : inspection.headers().get(kind);
        if (header == null) {
            stream = null;
            rows = null;
            return;
        }
        try {
            stream = workbook.rows(sheetName);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int headerRow = header.headerRow();
        rows = stream.filter(row -> row.rowNumber() > headerRow).iterator();
    }

    /** The next row under the header, or null at the end. */
    PositionedRow read() {
        if (rows == null || !rows.hasNext()) {
            return null;
        }
        return new PositionedRow(sheetName, header, rows.next());
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }
}
