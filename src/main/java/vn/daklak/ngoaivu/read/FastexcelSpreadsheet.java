package vn.daklak.ngoaivu.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/** An .xlsx streamed by fastexcel-reader: rows are parsed as they are consumed, a whole sheet is never held. */
final class FastexcelSpreadsheet implements SpreadsheetFile {

    /** With cell formats (to tell dates and percents), without turning parse errors into error cells. */
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

    private final ReadableWorkbook workbook;
    private final List<Sheet> sheets;
    private final OoxmlMerges merges;
    private final FastexcelCells cells;

    private FastexcelSpreadsheet(ReadableWorkbook workbook, OoxmlMerges merges) throws IOException {
        this.workbook = workbook;
        this.sheets = workbook.getSheets().toList();
        if (sheets.stream().anyMatch(sheet -> sheet.getName() == null)) {
            // no program could name that sheet to the agency; found by WorkbookJazzerFuzzTest
            throw new IOException("a sheet without a name in xl/workbook.xml");
        }
        this.merges = merges;
        // not workbook.isDate1904(): fastexcel misreads the attribute (see OoxmlDateSystem)
        this.cells = new FastexcelCells(new CellFormats(merges.date1904()));
    }

    static SpreadsheetFile open(Path path) throws UnreadableWorkbookException {
        ZipGuard.check(path);
        ReadableWorkbook workbook = null;
        OoxmlMerges merges = null;
        try {
            workbook = new ReadableWorkbook(path.toFile(), OPTIONS);
            merges = new OoxmlMerges(path);
            return new FastexcelSpreadsheet(workbook, merges);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            closeQuietly(workbook);
            closeQuietly(merges);
            throw new UnreadableWorkbookException(WorkbookProblem.CORRUPT, ReadMessages.CORRUPT, e);
        }
    }

    @Override
    public List<String> sheetNames() {
        return sheets.stream().map(Sheet::getName).toList();
    }

    @Override
    public Stream<SheetRow> rows(String sheetName) throws IOException {
        Sheet sheet = sheets.stream().filter(s -> s.getName().equals(sheetName)).findFirst()
                .orElseThrow(() -> new IOException(ReadMessages.noSuchSheet(sheetName)));
        try {
            MergedRegions regions = new MergedRegions(merges.regions(sheetName));
            Stream<org.dhatim.fastexcel.reader.Row> source = sheet.openStream();
            Iterator<SheetRow> rows = source.map(cells::row).filter(r -> !r.isBlank()).iterator();
            return SafeRows.stream(rows, sheetName, regions, source::close);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new IOException(ReadMessages.sheetUnreadable(sheetName, 0), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.close();
        } finally {
            merges.close();
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            if (resource != null) {
                resource.close();
            }
        } catch (Exception e) {
            // already failing; the original problem is what the agency needs to hear about
        }
    }
}
