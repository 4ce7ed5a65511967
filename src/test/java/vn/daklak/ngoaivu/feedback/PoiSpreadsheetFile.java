package vn.daklak.ngoaivu.feedback;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.daklak.ngoaivu.read.CellKind;
import vn.daklak.ngoaivu.read.CellValue;
import vn.daklak.ngoaivu.read.SheetRow;
import vn.daklak.ngoaivu.read.SpreadsheetFile;

/** A small in-memory stand-in for the real reader, so the writer can be tested on workbooks written with POI. */
final class PoiSpreadsheetFile implements SpreadsheetFile {

    private final XSSFWorkbook workbook;
    private final DataFormatter formatter = new DataFormatter();

    PoiSpreadsheetFile(Path path) throws IOException {
        try (var in = java.nio.file.Files.newInputStream(path)) {
            this.workbook = new XSSFWorkbook(in);
        }
    }

    static SpreadsheetFile open(Path path) {
        try {
            return new PoiSpreadsheetFile(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    @Override
    public Stream<SheetRow> rows(String sheetName) {
        Sheet sheet = workbook.getSheet(sheetName);
        List<SheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<CellValue> cells = new ArrayList<>();
            for (Cell cell : row) {
                cells.add(value(cell));
            }
            rows.add(new SheetRow(row.getRowNum() + 1, cells));
        }
        return rows.stream();
    }

    private CellValue value(Cell cell) {
        int column = cell.getColumnIndex();
        String shown = formatter.formatCellValue(cell);
        if (cell.getCellType() != CellType.NUMERIC) {
            return shown.isEmpty() ? new CellValue(column, CellKind.EMPTY, "", null, null) : CellValue.text(column, shown);
        }
        if (DateUtil.isCellDateFormatted(cell)) {
            return new CellValue(column, CellKind.DATE, shown, cell.getNumericCellValue(), cell.getLocalDateTimeCellValue());
        }
        CellKind kind = cell.getCellStyle().getDataFormatString().contains("%") ? CellKind.PERCENT : CellKind.NUMBER;
        return new CellValue(column, kind, shown, cell.getNumericCellValue(), null);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
