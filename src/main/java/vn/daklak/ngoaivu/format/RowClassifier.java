package vn.daklak.ngoaivu.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.daklak.ngoaivu.normalize.VietText;
import vn.daklak.ngoaivu.read.CellKind;
import vn.daklak.ngoaivu.read.CellValue;
import vn.daklak.ngoaivu.read.SheetRow;

/**
 * Rows under the header: EMPTY; SECTION (only STT and one text cell, e.g. {@code I. Hoạt động ở nước ngoài});
 * TOTAL (first non-empty cell is {@code Tổng cộng}, {@code Tổng}, {@code Cộng}, {@code Total}); otherwise DATA.
 * A lone text that looks like a task code ({@code NV01}) is a DATA row with its other values missing, not a heading,
 * so that the agency hears about it instead of the row vanishing.
 */
public final class RowClassifier {

    private static final Set<String> TOTAL_LABELS = Set.of("tong cong", "tong", "cong", "total");
    private static final Pattern TASK_CODE_LIKE = Pattern.compile("(?i)[a-z]{1,4}[ .\\-]?\\d{1,3}");
    private static final Pattern NUMBER_LIKE = Pattern.compile("\\d+[.)]?");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");

    private RowClassifier() {
    }

    // Runs on every row of a sheet: loops rather than streams, and the total label's regex only for a plausible text.
    public static RowKind classify(SheetRow row, HeaderMatch header) {
        List<CellValue> cells = new ArrayList<>(row.cells().size());
        for (CellValue c : row.cells()) {
            if (!c.isBlank()) {
                cells.add(c);
            }
        }
        if (cells.isEmpty()) {
            return RowKind.EMPTY;
        }
        if (isTotalLabel(cells.get(0))) {
            return RowKind.TOTAL;
        }
        return isSection(cells, header.columns().get(Field.STT)) ? RowKind.SECTION : RowKind.DATA;
    }

    private static boolean isTotalLabel(CellValue first) {
        if (first.kind() != CellKind.TEXT || !startsLikeTotal(first.text())) {
            return false;
        }
        String key = VietText.asciiKey(PARENTHESES.matcher(first.text()).replaceAll(" "));
        return TOTAL_LABELS.contains(key);
    }

    /**
     * Every total label's first letter, once parenthesised parts and punctuation are left out as the key does, is a T
     * or a C (Tổng, Cộng, Total), whatever the encoding the text was typed in (TCVN3 and VNI keep that ASCII letter):
     * any other text skips the normalisation.
     */
    private static boolean startsLikeTotal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int close = c == '(' ? text.indexOf(')', i) : -1;
            if (close > 0) {
                i = close;
            } else if (Character.isLetterOrDigit(c)) {
                return c == 'T' || c == 't' || c == 'C' || c == 'c';
            }
        }
        return false;
    }

    private static boolean isSection(List<CellValue> cells, Integer sttColumn) {
        List<CellValue> others = new ArrayList<>(2);
        for (CellValue c : cells) {
            if (sttColumn == null || c.column() != sttColumn) {
                others.add(c);
            }
        }
        if (others.size() > 1) {
            return false;
        }
        if (others.isEmpty()) {
            // the heading typed into the STT column itself: "II. Hoạt động trong tỉnh"
            CellValue stt = cells.get(0);
            return stt.kind() == CellKind.TEXT && !NUMBER_LIKE.matcher(stt.text().strip()).matches();
        }
        CellValue text = others.get(0);
        return text.kind() == CellKind.TEXT && !TASK_CODE_LIKE.matcher(text.text().strip()).matches();
    }
}
