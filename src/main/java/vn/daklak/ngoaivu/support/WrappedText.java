package vn.daklak.ngoaivu.support;

/**
 * The height a wrapped text cell needs. Excel does not grow a row when it opens a file, and LibreOffice grows it only
 * sometimes, so a long paragraph either overlaps the next row or is cut off in print: the row height is set from an
 * estimate of the wrapped lines instead.
 */
public final class WrappedText {

    /** Line height over font size, as Excel and LibreOffice lay out Calibri and Times New Roman. */
    private static final float LINE_SPACING = 1.3f;
    /**
     * Characters of a column width (counted in the width of '0') that a line of Vietnamese prose actually holds; the
     * margin covers wide letters and words pushed to the next line whole.
     */
    private static final float FILL = 0.85f;
    /** Column widths count characters of the workbook's default font, Calibri 11. */
    private static final int DEFAULT_POINTS = 11;

    private WrappedText() {
    }

    /**
     * Lines {@code text} in a font of {@code fontPoints} wraps to in a column {@code columnChars} wide (a larger font
     * puts fewer characters on a line); each line break starts a new line.
     */
    public static int lines(String text, int columnChars, int fontPoints) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int perLine = Math.max(1, (int) (columnChars * FILL * DEFAULT_POINTS / fontPoints));
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
        }
        return lines;
    }

    /**
     * Row height in whole points (a row height is stored in twentieths of a point: a fraction would not read back the
     * same) for {@code text} in a font of {@code fontPoints} in a column {@code columnChars} wide.
     */
    public static float heightInPoints(String text, int columnChars, int fontPoints) {
        return (float) Math.ceil(lines(text, columnChars, fontPoints) * fontPoints * LINE_SPACING + 2);
    }
}
