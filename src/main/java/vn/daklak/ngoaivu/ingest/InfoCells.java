package vn.daklak.ngoaivu.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.daklak.ngoaivu.format.InfoField;
import vn.daklak.ngoaivu.format.InfoSheetReader.InfoValue;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;
import vn.daklak.ngoaivu.format.SubmissionFormat;
import vn.daklak.ngoaivu.normalize.VietText;
import vn.daklak.ngoaivu.read.CellValue;

/** The values of the {@code Thông tin chung} sheet by label, and the problems found in them, located at their cells. */
final class InfoCells {

    private final String sheetName;
    private final Map<InfoField, InfoValue> values;
    private final List<Problem> problems = new ArrayList<>();

    InfoCells(String sheetName, Map<InfoField, InfoValue> values) {
        this.sheetName = sheetName;
        this.values = values;
    }

    /** The value cell of a label; null when the label is absent or its value empty. */
    CellValue cell(InfoField field) {
        InfoValue value = values.get(field);
        return value == null || value.cell() == null || value.cell().isBlank() ? null : value.cell();
    }

    /** The value as text tidied for display; null when empty. */
    String text(InfoField field) {
        CellValue cell = cell(field);
        String text = cell == null ? "" : VietText.clean(cell.text());
        return text.isEmpty() ? null : text;
    }

    static String label(InfoField field) {
        return SubmissionFormat.infoLabel(field);
    }

    void missing(InfoField field, String code, String hint) {
        error(field, code, "Thiếu \"" + label(field) + "\" ở trang \"" + sheetName + "\". " + hint);
    }

    void error(InfoField field, String code, String message) {
        add(field, Severity.ERROR, code, message);
    }

    void warning(InfoField field, String code, String message) {
        add(field, Severity.WARNING, code, message);
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    private void add(InfoField field, Severity severity, String code, String message) {
        InfoValue value = values.get(field);
        Integer row = value == null ? null : value.row();
        CellValue cell = value == null ? null : value.cell();
        int column = cell == null ? 1 : cell.column();
        problems.add(new Problem(sheetName, row, row == null ? null : column,
                row == null ? null : CellValue.columnName(column) + " (" + label(field) + ")",
                cell == null ? null : cell.text(), severity, code, message));
    }
}
