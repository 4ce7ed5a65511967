package vn.daklak.ngoaivu.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.daklak.ngoaivu.format.Field;
import vn.daklak.ngoaivu.format.Problem;
import vn.daklak.ngoaivu.format.Severity;
import vn.daklak.ngoaivu.normalize.Parsed;
import vn.daklak.ngoaivu.read.CellValue;
import vn.daklak.ngoaivu.read.SheetRow;

/**
 * Checks total rows against the rows above them (3.2: a mismatch is a WARNING). Sums the numeric fields of each sheet
 * (events: participants, foreign guests; spending: estimate, allocated, spent) since the last total row and overall; a
 * total row is fine when it equals either.
 */
final class TotalChecker {

    private static final Set<Field> MONEY = EnumSet.of(Field.ESTIMATE, Field.ALLOCATED, Field.SPENT);

    private final List<Field> fields;
    private final Map<Field, BigDecimal> section = new EnumMap<>(Field.class);
    private final Map<Field, BigDecimal> overall = new EnumMap<>(Field.class);

    TotalChecker(List<Field> numericFields) {
        this.fields = List.copyOf(numericFields);
        fields.forEach(field -> {
            section.put(field, BigDecimal.ZERO);
            overall.put(field, BigDecimal.ZERO);
        });
    }

    /** Adds a data row's values (as normalised: đồng, counts). */
    void add(Map<Field, BigDecimal> values) {
        values.forEach((field, value) -> {
            if (fields.contains(field) && value != null) {
                section.merge(field, value, BigDecimal::add);
                overall.merge(field, value, BigDecimal::add);
            }
        });
    }

    /** Reads a TOTAL row (money with the sheet's units) and says where it disagrees. */
    List<Problem> checkTotal(SheetRow totalRow, SheetContext context) {
        List<Problem> problems = new ArrayList<>();
        for (Field field : fields) {
            Integer column = context.header().columns().get(field);
            CellValue cell = column == null ? null : totalRow.cell(column);
            BigDecimal written = cell == null ? null : read(cell, field, context);
            if (written != null && written.compareTo(section.get(field)) != 0
                    && written.compareTo(overall.get(field)) != 0) {
                problems.add(new Problem(context.sheetName(), totalRow.rowNumber(), column,
                        context.header().columnLabel(column), cell.text(), Severity.WARNING, "TOTAL_MISMATCH",
                        "Dòng tổng ghi " + Messages.number(written) + " nhưng cộng các dòng phía trên được "
                                + Messages.number(section.get(field)) + ". Hãy kiểm tra lại số liệu hoặc công thức"
                                + " của dòng tổng."));
            }
        }
        fields.forEach(field -> section.put(field, BigDecimal.ZERO));
        return problems;
    }

    /** A total cell that cannot be read is left alone: the rows themselves were checked already. */
    private static BigDecimal read(CellValue cell, Field field, SheetContext context) {
        Parsed<? extends Number> parsed = MONEY.contains(field)
                ? CellParsers.money(cell, context.header().unitFor(field))
                : CellParsers.count(cell);
        return parsed.value() == null ? null : new BigDecimal(parsed.value().toString());
    }
}
