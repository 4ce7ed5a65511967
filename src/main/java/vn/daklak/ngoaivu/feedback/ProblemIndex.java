package vn.daklak.ngoaivu.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import vn.daklak.ngoaivu.format.Problem;

/** The problems that point at a row of a sheet, looked up while that sheet is copied row by row. */
final class ProblemIndex {

    private final Map<String, NavigableMap<Integer, RowProblems>> bySheet = new HashMap<>();

    ProblemIndex(List<Problem> problems) {
        for (Problem p : problems) {
            if (p.sheet() != null && p.row() != null) {
                bySheet.computeIfAbsent(p.sheet(), s -> new TreeMap<>())
                        .computeIfAbsent(p.row(), r -> new RowProblems())
                        .add(p);
            }
        }
    }

    /** Rows of a sheet that have problems, by 1-based row number (empty when none). */
    NavigableMap<Integer, RowProblems> rows(String sheet) {
        return bySheet.getOrDefault(sheet, new TreeMap<>());
    }

    /** The problems of one row: those of a given cell and those of the row as a whole. */
    static final class RowProblems {

        private final List<Problem> wholeRow = new ArrayList<>();
        private final NavigableMap<Integer, List<Problem>> byColumn = new TreeMap<>();

        private void add(Problem p) {
            if (p.columnIndex() == null) {
                wholeRow.add(p);
            } else {
                byColumn.computeIfAbsent(p.columnIndex(), c -> new ArrayList<>()).add(p);
            }
        }

        List<Problem> wholeRow() {
            return wholeRow;
        }

        NavigableMap<Integer, List<Problem>> byColumn() {
            return byColumn;
        }

        Mark rowMark() {
            if (wholeRow.isEmpty()) {
                return Mark.NONE;
            }
            return wholeRow.stream().anyMatch(Problem::isError) ? Mark.ROW_ERROR : Mark.ROW_WARNING;
        }

        Mark cellMark(int column) {
            List<Problem> cell = byColumn.get(column);
            Mark own = Mark.NONE;
            if (cell != null) {
                own = cell.stream().anyMatch(Problem::isError) ? Mark.ERROR : Mark.WARNING;
            }
            return own.max(rowMark());
        }

        /** Messages to comment on a cell; the row-wide ones go on the first cell of the row. */
        List<Problem> commentedAt(int column, int firstColumn) {
            List<Problem> out = new ArrayList<>();
            if (column == firstColumn) {
                out.addAll(wholeRow);
            }
            out.addAll(byColumn.getOrDefault(column, List.of()));
            return out;
        }
    }
}
