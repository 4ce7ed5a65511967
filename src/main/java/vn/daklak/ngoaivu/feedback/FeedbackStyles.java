package vn.daklak.ngoaivu.feedback;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import vn.daklak.ngoaivu.read.CellKind;

/** The few cell styles of a feedback workbook, created once (a workbook holds at most 64,000 styles). */
final class FeedbackStyles {

    private final Workbook workbook;
    private final CellStyle header;
    private final CellStyle wrap;
    private final CellStyle title;
    private final CellStyle label;
    private final CellStyle accepted;
    private final CellStyle rejected;
    private final Map<CellKind, Map<Mark, CellStyle>> copyStyles = new EnumMap<>(CellKind.class);

    FeedbackStyles(Workbook workbook) {
        this.workbook = workbook;
        this.header = bordered(fontStyle(true, (short) 11, IndexedColors.BLACK));
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        this.wrap = bordered(workbook.createCellStyle());
        this.title = fontStyle(true, (short) 14, IndexedColors.DARK_BLUE);
        this.label = fontStyle(true, (short) 11, IndexedColors.BLACK);
        this.accepted = fontStyle(true, (short) 12, IndexedColors.GREEN);
        this.rejected = fontStyle(true, (short) 12, IndexedColors.RED);
        wrap.setWrapText(true);
        label.setVerticalAlignment(VerticalAlignment.TOP);
    }

    CellStyle header() {
        return header;
    }

    CellStyle wrap() {
        return wrap;
    }

    CellStyle title() {
        return title;
    }

    CellStyle label() {
        return label;
    }

    CellStyle verdict(boolean isAccepted) {
        return isAccepted ? accepted : rejected;
    }

    /** Style of a copied cell of a given kind and mark; null when the cell needs none. */
    CellStyle copy(CellKind kind, Mark mark) {
        if (mark == Mark.NONE && kind != CellKind.DATE && kind != CellKind.PERCENT) {
            return null;
        }
        return copyStyles.computeIfAbsent(kind, k -> new EnumMap<>(Mark.class))
                .computeIfAbsent(mark, m -> newCopyStyle(kind, m));
    }

    private CellStyle newCopyStyle(CellKind kind, Mark mark) {
        CellStyle style = workbook.createCellStyle();
        if (kind == CellKind.DATE) {
            style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        } else if (kind == CellKind.PERCENT) {
            style.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        }
        if (mark.fill() != null) {
            style.setFillForegroundColor(mark.fill().getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }

    private CellStyle fontStyle(boolean bold, short points, IndexedColors color) {
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints(points);
        font.setColor(color.getIndex());
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        return style;
    }

    private static CellStyle bordered(CellStyle style) {
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
