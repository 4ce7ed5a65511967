package vn.daklak.ngoaivu.template;

import java.util.Set;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Data validation on a block of cells, always with a Vietnamese error alert. A STOP alert refuses the value; a
 * WARNING alert lets the agency keep a value outside the list (a country or partner not listed).
 */
final class Validations {

    private static final String TITLE = "Giá trị không hợp lệ";

    private final Sheet sheet;
    private final DataValidationHelper helper;
    private final Set<CodeList> named;

    Validations(Sheet sheet, Set<CodeList> named) {
        this.sheet = sheet;
        this.helper = sheet.getDataValidationHelper();
        this.named = named;
    }

    void list(CodeList list, CellRangeAddressList cells, boolean strict, String message) {
        if (named.contains(list)) {
            add(helper.createFormulaListConstraint(list.rangeName()), cells, strict, message);
        }
    }

    void decimalBetween(String min, String max, CellRangeAddressList cells, String message) {
        add(helper.createDecimalConstraint(OperatorType.BETWEEN, min, max), cells, true, message);
    }

    void decimalAtLeastZero(CellRangeAddressList cells, String message) {
        add(helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null), cells, true, message);
    }

    void wholeBetween(String min, String max, CellRangeAddressList cells, String message) {
        add(helper.createIntegerConstraint(OperatorType.BETWEEN, min, max), cells, true, message);
    }

    void date(CellRangeAddressList cells, String message) {
        DataValidationConstraint constraint = helper.createDateConstraint(OperatorType.BETWEEN,
                "DATE(2000,1,1)", "DATE(2100,12,31)", "dd/mm/yyyy");
        add(constraint, cells, false, message);
    }

    private void add(DataValidationConstraint constraint, CellRangeAddressList cells, boolean strict,
                     String message) {
        DataValidation validation = helper.createValidation(constraint, cells);
        validation.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        validation.createErrorBox(TITLE, message);
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }
}
