package vn.daklak.ngoaivu.feedback;

/**
 * Where our own two sheets ({@code Kết quả}, {@code Lỗi}) are written: straight as sheet XML ({@link XmlOwnSheet}, every
 * .xlsx feedback) or into a POI sheet ({@link PoiOwnSheet}, the value-by-value fallback). One description of the two
 * sheets ({@link SummarySheet}, {@link ProblemListSheet}) serves both, so their content is stated once. Rows are
 * written top to bottom, a row's cells left to right.
 */
interface OwnSheet {

    /** The styles of our cells, made once by {@link FeedbackStyles}. */
    enum Style { HEADER, WRAP, TITLE, LABEL, ACCEPTED, REJECTED }

    void columnWidth(int column, int chars);

    void text(int row, int column, String text, Style style);

    void number(int row, int column, double value, Style style);

    /** The height of a row already started by a cell. */
    void height(int row, float points);

    /** Cells 0 to {@code lastColumn} of {@code row} merged. */
    void mergeAcross(int row, int lastColumn);

    /** The first row frozen, an autofilter over rows 0 to {@code lastRow}, columns 0 to {@code lastColumn}. */
    void headerWithFilter(int lastRow, int lastColumn);

    /** A4, one page wide; landscape ones repeat the first row on every page. */
    void page(boolean landscape);
}
