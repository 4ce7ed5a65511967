package vn.daklak.ngoaivu.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A submitted workbook, read row by row. .xlsx is streamed (memory does not grow with the file), legacy .xls goes
 * through POI HSSF. The format is told by the file's bytes, never by its name. Cells covered by a merged region carry
 * the value of the region's top-left cell when the region spans rows of a table (so a task code merged down over
 * several activities reaches every one of them).
 */
public interface SpreadsheetFile extends AutoCloseable {

    /** Opens any supported workbook, or says in Vietnamese why it cannot be read (empty, encrypted, not a workbook, …). */
    static SpreadsheetFile open(Path path) throws UnreadableWorkbookException {
        return WorkbookOpener.open(path);
    }

    /** Sheet names in workbook order. */
    List<String> sheetNames();

    /**
     * The rows of one sheet, in order; blank rows may be left out. Close the stream when done. A file that breaks
     * while the stream is consumed raises {@link java.io.UncheckedIOException} around an IOException whose message is
     * a Vietnamese sentence for the agency (a Stream cannot throw checked exceptions).
     */
    Stream<SheetRow> rows(String sheetName) throws IOException;

    @Override
    void close() throws IOException;
}
