package vn.daklak.ngoaivu.format;

import java.util.List;

/**
 * The submission workbook contract (SUBMISSION-FORMAT.md section 3) as data: sheet names and aliases, column headers
 * and aliases, required columns, info-sheet labels. Template, reading and feedback all take their names from here.
 */
public final class SubmissionFormat {

    private SubmissionFormat() {
    }

    public static SheetSpec sheet(SheetKind kind) {
        throw new UnsupportedOperationException("TODO format helper");
    }

    public static List<SheetSpec> sheets() {
        throw new UnsupportedOperationException("TODO format helper");
    }

    /** Canonical label of an info field ({@code Cơ quan báo cáo}, {@code Mã cơ quan}, {@code Năm}, …). */
    public static String infoLabel(InfoField field) {
        throw new UnsupportedOperationException("TODO format helper");
    }
}
