package vn.daklak.ngoaivu.ingest;

import java.math.BigDecimal;
import vn.daklak.ngoaivu.normalize.Counts;
import vn.daklak.ngoaivu.normalize.DateParser;
import vn.daklak.ngoaivu.normalize.DatePrecision;
import vn.daklak.ngoaivu.normalize.MoneyParser;
import vn.daklak.ngoaivu.normalize.Parsed;
import vn.daklak.ngoaivu.normalize.PartialDate;
import vn.daklak.ngoaivu.normalize.PercentParser;
import vn.daklak.ngoaivu.read.CellKind;
import vn.daklak.ngoaivu.read.CellValue;

/** Typed values of cells, whatever the cell kind the agency's spreadsheet produced (number, date, text). */
final class CellParsers {

    private CellParsers() {
    }

    /**
     * Date cells as they are, numbers as Excel serial days (in the workbook's date system, as read), text in the forms
     * of SUBMISSION-FORMAT 3.6.
     */
    static Parsed<PartialDate> date(CellValue cell) {
        boolean serial = isNumber(cell);
        if ((cell.kind() == CellKind.DATE || serial) && cell.date() != null) {
            return Parsed.ok(new PartialDate(cell.date().toLocalDate(), DatePrecision.DAY));
        }
        if (serial) {
            return DateParser.notASerialDay(cell.number());
        }
        return DateParser.parse(cell.text());
    }

    /** A %-formatted cell holds a fraction (0.85 for 85%); a plain number is already the percent. */
    static Parsed<BigDecimal> percent(CellValue cell) {
        if (cell.kind() == CellKind.PERCENT && cell.number() != null) {
            return PercentParser.fromNumber(cell.number(), true);
        }
        if (cell.kind() == CellKind.NUMBER && cell.number() != null) {
            return PercentParser.fromNumber(cell.number(), false);
        }
        return PercentParser.parse(cell.text());
    }

    static Parsed<Integer> count(CellValue cell) {
        return isNumber(cell) ? Counts.fromNumber(cell.number()) : Counts.parse(cell.text());
    }

    /** Money in whole đồng; plain numbers are multiplied by the column's unit. */
    static Parsed<Long> money(CellValue cell, long unit) {
        return isNumber(cell) ? MoneyParser.fromNumber(cell.number(), unit) : MoneyParser.parse(cell.text(), unit);
    }

    /** True when the cell holds a number below zero, or text written as one. */
    static boolean negative(CellValue cell) {
        if (isNumber(cell)) {
            return cell.number() < 0;
        }
        String text = cell.text().strip();
        return text.startsWith("-") || text.startsWith("\u2212");
    }

    private static boolean isNumber(CellValue cell) {
        return cell.kind() == CellKind.NUMBER && cell.number() != null;
    }
}
