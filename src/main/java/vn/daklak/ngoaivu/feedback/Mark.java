package vn.daklak.ngoaivu.feedback;

import org.apache.poi.ss.usermodel.IndexedColors;

/** How a copied cell is highlighted: strong fill for the problem cell, a light one for a row-wide problem. */
enum Mark {
    NONE(null),
    ERROR(IndexedColors.RED),
    WARNING(IndexedColors.YELLOW),
    ROW_ERROR(IndexedColors.ROSE),
    ROW_WARNING(IndexedColors.LIGHT_YELLOW);

    private final IndexedColors fill;

    Mark(IndexedColors fill) {
        this.fill = fill;
    }

    IndexedColors fill() {
        return fill;
    }

    /** The stronger of two marks: an error wins over a warning, a cell mark over a row mark. */
    Mark max(Mark other) {
        return rank() >= other.rank() ? this : other;
    }

    private int rank() {
        return switch (this) {
            case NONE -> 0;
            case ROW_WARNING -> 1;
            case ROW_ERROR -> 2;
            case WARNING -> 3;
            case ERROR -> 4;
        };
    }
}
