package vn.daklak.ngoaivu.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import vn.daklak.ngoaivu.format.HeaderDetector;
import vn.daklak.ngoaivu.format.HeaderMatch;
import vn.daklak.ngoaivu.format.SheetFinder;
import vn.daklak.ngoaivu.format.SheetKind;
import vn.daklak.ngoaivu.format.SubmissionFormat;
import vn.daklak.ngoaivu.read.SheetRow;
import vn.daklak.ngoaivu.read.SpreadsheetFile;
import vn.daklak.ngoaivu.read.UnreadableWorkbookException;

/**
 * Streams the rows under the header of one table sheet of a submission, one at a time, so memory stays flat whatever
 * the file's size. Yields nothing when the sheet is absent or its header unusable: the inspect step has already
 * recorded why. A restarted job reads the file again from the top (the inspect step cleared the earlier attempt).
 */
class SheetRowReader implements ItemStreamReader<PositionedRow> {

    private final Path file;
    private final SheetKind kind;
    private final boolean enabled;
    private SpreadsheetFile workbook;
    private Stream<SheetRow> stream;
    private Iterator<SheetRow> rows;
    private String sheetName;
    private HeaderMatch header;

    SheetRowReader(Path file, SheetKind kind, boolean enabled) {
        this.file = file;
        this.kind = kind;
        this.enabled = enabled;
    }

    @Override
    public void open(ExecutionContext context) {
        if (!enabled) {
            return;
        }
        try {
            workbook = SpreadsheetFile.open(file);
            Map<SheetKind, String> sheets = SheetFinder.locate(workbook);
            sheetName = sheets.get(kind);
            if (sheetName == null) {
                return;
            }
            stream = workbook.rows(sheetName);
            Iterator<SheetRow> all = stream.iterator();
            List<SheetRow> top = new ArrayList<>();
            while (all.hasNext() && top.size() < HeaderDetector.MAX_HEADER_ROW) {
                SheetRow row = all.next();
                if (row.rowNumber() > HeaderDetector.MAX_HEADER_ROW) {
                    top.add(row);
                    break;
                }
                top.add(row);
            }
            Optional<HeaderMatch> match = HeaderDetector.detect(SubmissionFormat.sheet(kind),
                    top.stream().filter(r -> r.rowNumber() <= HeaderDetector.MAX_HEADER_ROW).toList());
            if (match.isEmpty() || !match.get().complete()) {
                return;
            }
            header = match.get();
            rows = concat(top.stream().filter(r -> r.rowNumber() > header.headerRow()).iterator(), all);
        } catch (UnreadableWorkbookException | IOException e) {
            throw new ItemStreamException("Không đọc được sheet " + kind + " của " + file.getFileName(), e);
        }
    }

    @Override
    public PositionedRow read() {
        if (rows == null || !rows.hasNext()) {
            return null;
        }
        return new PositionedRow(sheetName, header, rows.next());
    }

    @Override
    public void close() {
        try {
            if (stream != null) {
                stream.close();
            }
            if (workbook != null) {
                workbook.close();
            }
        } catch (IOException e) {
            throw new ItemStreamException("Không đóng được " + file.getFileName(), e);
        } finally {
            stream = null;
            workbook = null;
            rows = null;
        }
    }

    private static <T> Iterator<T> concat(Iterator<T> first, Iterator<T> second) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return first.hasNext() || second.hasNext();
            }

            @Override
            public T next() {
                return first.hasNext() ? first.next() : second.next();
            }
        };
    }
}
