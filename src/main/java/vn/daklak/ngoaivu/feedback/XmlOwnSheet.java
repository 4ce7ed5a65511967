package vn.daklak.ngoaivu.feedback;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.daklak.ngoaivu.read.CellValue;

/**
 * An {@link OwnSheet} kept as its cells and rendered as the worksheet XML POI would have written for it (texts inline,
 * so no shared strings to merge), with the style numbers of {@link OwnStyles} moved by the offset of the package it
 * joins. Our sheets are a few dozen rows; a POI workbook per feedback cost more than the file's ingest.
 */
final class XmlOwnSheet implements OwnSheet {

    /** POI's default header and footer margins, which {@link PageSetup} keeps. */
    private static final double HEADER_FOOTER_INCHES = 0.3;
    private static final int A4 = 9;

    private final boolean selected;
    private final Map<Integer, Integer> widths = new TreeMap<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<Integer> merged = new ArrayList<>();
    private int mergeLastColumn;
    private int filterLastRow = -1;
    private int filterLastColumn;
    private boolean landscape;

    /** {@code selected}: the sheet Excel opens on. */
    XmlOwnSheet(boolean selected) {
        this.selected = selected;
    }

    private record Cell(int column, String text, double number, Style style) {
    }

    private static final class Line {
        final int row;
        final List<Cell> cells = new ArrayList<>();
        float height = -1;

        Line(int row) {
            this.row = row;
        }
    }

    @Override
    public void columnWidth(int column, int chars) {
        widths.put(column, chars);
    }

    @Override
    public void text(int row, int column, String text, Style style) {
        line(row).cells.add(new Cell(column, text == null ? "" : text, 0, style));
    }

    @Override
    public void number(int row, int column, double value, Style style) {
        line(row).cells.add(new Cell(column, null, value, style));
    }

    @Override
    public void height(int row, float points) {
        line(row).height = points;
    }

    @Override
    public void mergeAcross(int row, int lastColumn) {
        merged.add(row);
        mergeLastColumn = lastColumn;
    }

    @Override
    public void headerWithFilter(int lastRow, int lastColumn) {
        filterLastRow = lastRow;
        filterLastColumn = lastColumn;
    }

    @Override
    public void page(boolean isLandscape) {
        landscape = isLandscape;
    }

    /** The defined names the sheet needs when it is sheet {@code sheetIndex} of its workbook (XML elements). */
    String definedNames(String sheetName, int sheetIndex) {
        if (!landscape && filterLastRow < 0) {
            return "";
        }
        StringBuilder names = new StringBuilder();
        String sheet = TextEscape.encode(sheetName);
        if (filterLastRow >= 0) {
            names.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(sheetIndex)
                    .append("\" hidden=\"true\">").append(sheet).append("!$A$1:$")
                    .append(CellValue.columnName(filterLastColumn)).append('$').append(filterLastRow + 1)
                    .append("</definedName>");
        }
        if (landscape) {
            names.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(sheetIndex)
                    .append("\">").append(sheet).append("!$1:$1</definedName>");
        }
        return names.toString();
    }

    /** The worksheet part, our style numbers moved by {@code styleOffset}. */
    byte[] xml(int styleOffset) {
        OwnStyles styles = OwnStyles.get();
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"").append(OoxmlXml.MAIN)
                .append("\"><sheetPr><pageSetUpPr fitToPage=\"true\"/></sheetPr><dimension ref=\"")
                .append(dimension()).append("\"/><sheetViews><sheetView workbookViewId=\"0\"")
                .append(selected ? " tabSelected=\"true\"" : "");
        if (filterLastRow >= 0) {
            x.append("><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                    .append("<selection pane=\"bottomLeft\"/></sheetView>");
        } else {
            x.append("/>");
        }
        x.append("</sheetViews><sheetFormatPr defaultRowHeight=\"15.0\"/>");
        if (!widths.isEmpty()) {
            x.append("<cols>");
            widths.forEach((c, w) -> x.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1)
                    .append("\" width=\"").append(w).append(".0\" customWidth=\"true\"/>"));
            x.append("</cols>");
        }
        x.append("<sheetData>");
        for (Line line : lines) {
            x.append("\n<row r=\"").append(line.row + 1).append('"');
            if (line.height >= 0) {
                x.append(" customHeight=\"1\" ht=\"").append(line.height).append('"');
            }
            x.append('>');
            for (Cell cell : line.cells) {
                x.append("<c r=\"").append(CellValue.columnName(cell.column())).append(line.row + 1)
                        .append("\" s=\"").append(styleOffset + styles.index(cell.style())).append('"');
                if (cell.text() == null) {
                    x.append("><v>").append(number(cell.number())).append("</v></c>");
                } else {
                    x.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(TextEscape.encode(cell.text()))
                            .append("</t></is></c>");
                }
            }
            x.append("</row>");
        }
        x.append("\n</sheetData>");
        if (filterLastRow >= 0) {
            x.append("<autoFilter ref=\"A1:").append(CellValue.columnName(filterLastColumn)).append(filterLastRow + 1)
                    .append("\"/>");
        }
        if (!merged.isEmpty()) {
            x.append("<mergeCells count=\"").append(merged.size()).append("\">");
            for (int row : merged) {
                x.append("<mergeCell ref=\"A").append(row + 1).append(':')
                        .append(CellValue.columnName(mergeLastColumn)).append(row + 1).append("\"/>");
            }
            x.append("</mergeCells>");
        }
        x.append("<pageMargins bottom=\"").append(PageSetup.TOP_MARGIN_INCHES).append("\" footer=\"")
                .append(HEADER_FOOTER_INCHES).append("\" header=\"").append(HEADER_FOOTER_INCHES).append("\" left=\"")
                .append(PageSetup.SIDE_MARGIN_INCHES).append("\" right=\"").append(PageSetup.SIDE_MARGIN_INCHES)
                .append("\" top=\"").append(PageSetup.TOP_MARGIN_INCHES).append("\"/><pageSetup paperSize=\"")
                .append(A4).append("\" orientation=\"").append(landscape ? "landscape" : "portrait")
                .append("\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Line line(int row) {
        Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        if (last != null && last.row == row) {
            return last;
        }
        if (last != null && last.row > row) {
            throw new IllegalStateException("rows are written top to bottom");
        }
        Line line = new Line(row);
        lines.add(line);
        return line;
    }

    private String dimension() {
        if (lines.isEmpty()) {
            return "A1";
        }
        int lastColumn = 0;
        for (Line line : lines) {
            for (Cell cell : line.cells) {
                lastColumn = Math.max(lastColumn, cell.column());
            }
        }
        return "A" + (lines.get(0).row + 1) + ":" + CellValue.columnName(lastColumn)
                + (lines.get(lines.size() - 1).row + 1);
    }

    /** Whole numbers (row numbers) as integers; any other as Java writes a double, locale-free. */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
