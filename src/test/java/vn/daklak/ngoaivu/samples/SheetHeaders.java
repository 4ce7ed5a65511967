package vn.daklak.ngoaivu.samples;

import java.util.ArrayList;
import java.util.List;

/** Header wording and column order as one workbook writes them. */
final class SheetHeaders {

    private final WritingStyle style;

    SheetHeaders(WritingStyle style) {
        this.style = style;
    }

    /**
     * The header of a column: the English one in the English file, the line-broken one where headers wrap, else the
     * Vietnamese one.
     */
    String of(String vietnamese, String lineBroken, String english) {
        if (style.has(Quirk.ENGLISH)) {
            return english;
        }
        return style.has(Quirk.HEADER_LINE_BREAKS) ? lineBroken : vietnamese;
    }

    /** The columns in this workbook's order: neighbours swapped where the agency rearranged its table. */
    <T> List<T> order(List<T> columns) {
        if (!style.has(Quirk.COLUMNS_REORDERED)) {
            return columns;
        }
        List<T> swapped = new ArrayList<>(columns);
        for (int i = 0; i + 1 < swapped.size(); i += 2) {
            T first = swapped.get(i);
            swapped.set(i, swapped.get(i + 1));
            swapped.set(i + 1, first);
        }
        return swapped;
    }

    boolean titled() {
        return style.has(Quirk.TITLE_ROWS) || style.has(Quirk.MONEY_UNIT_TITLE);
    }

    /** The title lines every table sheet of a titled workbook carries. */
    List<String> titles(String sheetTitle, int year) {
        return List.of("UBND TỈNH ĐẮK LẮK", sheetTitle.toUpperCase() + " NĂM " + year,
                "(Kèm theo Báo cáo kết quả thực hiện Kế hoạch Ngoại giao văn hóa)");
    }
}
