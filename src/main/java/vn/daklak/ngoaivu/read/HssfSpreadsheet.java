package vn.daklak.ngoaivu.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A legacy .xls read through POI HSSF. The BIFF format cannot be streamed by the usermodel, so the workbook is held
 * in memory; such files are small (65,536 rows at most) and their size is capped before opening.
 */
final class HssfSpreadsheet implements SpreadsheetFile {

    private final HSSFWorkbook workbook;
    private final HssfCells cells;
    private final List<String> sheetNames;

    /** Reads the sheet names now: a broken sheet table then fails the opening (a clean refusal), not a later call. */
    HssfSpreadsheet(HSSFWorkbook workbook) {
        this.workbook = workbook;
        this.cells = new HssfCells(workbook, new CellFormats(workbook.getInternalWorkbook().isUsing1904DateWindowing()));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        this.sheetNames = List.copyOf(names);
    }

    @Override
    public List<String> sheetNames() {
        return sheetNames;
    }

    @Override
    public Stream<SheetRow> rows(String sheetName) throws IOException {
        HSSFSheet sheet = sheetNames.contains(sheetName) ? sheetOrNull(sheetName) : null;
        if (sheet == null) {
            throw new IOException(ReadMessages.noSuchSheet(sheetName));
        }
        try {
            MergedRegions merges = new MergedRegions(regions(sheet));
            Iterator<SheetRow> rows = StreamSupport.stream(Spliterators.spliteratorUnknownSize(sheet.rowIterator(), 0),
                    false).map(cells::row).filter(r -> !r.isBlank()).iterator();
            return SafeRows.stream(rows, sheetName, merges, () -> { });
        } catch (RuntimeException | StackOverflowError e) {
            throw new IOException(ReadMessages.sheetUnreadable(sheetName, 0), e);
        }
    }

    private HSSFSheet sheetOrNull(String sheetName) throws IOException {
        try {
            return workbook.getSheet(sheetName);
        } catch (RuntimeException e) {
            throw new IOException(ReadMessages.sheetUnreadable(sheetName, 0), e);
        }
    }

    private static List<MergedRegions.Region> regions(HSSFSheet sheet) {
        List<MergedRegions.Region> regions = new ArrayList<>();
        for (CellRangeAddress a : sheet.getMergedRegions()) {
            regions.add(new MergedRegions.Region(a.getFirstRow() + 1, a.getLastRow() + 1, a.getFirstColumn(),
                    a.getLastColumn()));
        }
        return regions;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
