package vn.daklak.ngoaivu.template;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import vn.daklak.ngoaivu.support.SpreadsheetText;

/**
 * The hidden {@code Danh mục} sheet: one column per list, a title in row 1, values below, each list a named range
 * that the drop-downs refer to (a list typed into the validation itself is capped at 255 characters).
 */
final class CodeListSheet {

    private CodeListSheet() {
    }

    /** The lists that get a named range: an empty list has no range (and its column no drop-down). */
    static Set<CodeList> named(Map<CodeList, List<String>> lists) {
        Set<CodeList> named = EnumSet.noneOf(CodeList.class);
        lists.forEach((list, values) -> {
            if (!values.isEmpty()) {
                named.add(list);
            }
        });
        return named;
    }

    static void write(Workbook workbook, Map<CodeList, List<String>> lists, CellStyle header) {
        Sheet sheet = workbook.createSheet(TemplateFormat.CODE_LISTS);
        for (CodeList list : CodeList.values()) {
            int column = list.ordinal();
            List<String> values = lists.getOrDefault(list, List.of());
            cell(sheet, 0, column, list.title()).setCellStyle(header);
            for (int i = 0; i < values.size(); i++) {
                cell(sheet, i + 1, column, SpreadsheetText.escapeOrEmpty(values.get(i)));
            }
            sheet.setColumnWidth(column, 30 * 256);
            if (!values.isEmpty()) {
                Name name = workbook.createName();
                name.setNameName(list.rangeName());
                name.setRefersToFormula(reference(column, values.size()));
            }
        }
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
    }

    private static String reference(int column, int size) {
        String letter = CellReference.convertNumToColString(column);
        return "'" + TemplateFormat.CODE_LISTS + "'!$" + letter + "$2:$" + letter + "$" + (size + 1);
    }

    private static org.apache.poi.ss.usermodel.Cell cell(Sheet sheet, int rowIndex, int column, String value) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }
}
