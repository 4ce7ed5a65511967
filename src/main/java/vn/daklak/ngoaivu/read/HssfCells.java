package vn.daklak.ngoaivu.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import vn.daklak.ngoaivu.normalize.LegacyVietnamese;

/**
 * Converts HSSF rows to {@link SheetRow}s. Legacy .xls files still carry text typed in TCVN3/VNI, readable only
 * through the cell's font; the font tells which decoding applies.
 */
final class HssfCells {

    private final HSSFWorkbook workbook;
    private final CellFormats formats;
    private final Map<Integer, Optional<LegacyVietnamese.Encoding>> encodingByFont = new HashMap<>();

    HssfCells(HSSFWorkbook workbook, CellFormats formats) {
        this.workbook = workbook;
        this.formats = formats;
    }

    SheetRow row(Row row) {
        List<CellValue> cells = new ArrayList<>();
        for (Cell cell : row) {
            CellValue value = value(cell, cell.getCellType());
            if (value != null && !value.isBlank()) {
                cells.add(value);
            }
        }
        return new SheetRow(row.getRowNum() + 1, List.copyOf(cells));
    }

    private CellValue value(Cell cell, CellType type) {
        int column = cell.getColumnIndex();
        CellStyle style = cell.getCellStyle();
        return switch (type) {
            case STRING -> CellValue.text(column, LegacyText.inFont(cell.getRichStringCellValue().getString(),
                    encoding(style.getFontIndex())));
            case NUMERIC -> formats.numeric(column, cell.getNumericCellValue(), style.getDataFormat(),
                    style.getDataFormatString());
            case BOOLEAN -> new CellValue(column, CellKind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE",
                    null, null);
            case ERROR -> new CellValue(column, CellKind.ERROR,
                    FormulaError.forInt(cell.getErrorCellValue()).getString(), null, null);
            case FORMULA -> value(cell, cell.getCachedFormulaResultType());
            default -> null;
        };
    }

    private Optional<LegacyVietnamese.Encoding> encoding(int fontIndex) {
        return encodingByFont.computeIfAbsent(fontIndex,
                i -> LegacyVietnamese.fromFontName(workbook.getFontAt(i).getFontName()));
    }
}
