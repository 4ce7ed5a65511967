package vn.daklak.ngoaivu.feedback;

import org.apache.poi.ss.usermodel.IndexedColors;

/**
 * How a copied cell is highlighted: red for an error's cell, amber for a warning's, and a light tint of the same for a
 * problem of the whole row.
 */
enum Mark {
    NONE(null),
    ERROR(IndexedColors.RED),
    WARNING(IndexedColors.LIGHT_ORANGE),
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
