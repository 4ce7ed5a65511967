package vn.daklak.ngoaivu.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The same period over the last years, by successor agency, with the mergers followed: part of {@link PeriodFigures},
 * so the workbook's "So sánh các năm" table and the year-over-year charts print the same numbers.
 *
 * @param rows    one row per (year, successor agency) with a current accepted submission, by year then agency code
 * @param mergers the agencies whose figures are counted under a successor, by code
 * @param heirs   every agency merged away by the end of the period's window (master data: a successor, and no last
 *                day or an earlier one), to its last successor, whether it reported or not
 * @param onTimeYearBefore the same period of the year before: expected agencies on time, or null without data
 */
public record YearComparison(List<Row> rows, List<Merger> mergers, Map<String, String> heirs,
                             OnTime onTimeYearBefore) {

    /** No figures at all (a period without data in any compared year). */
    public static final YearComparison NONE = new YearComparison(List.of(), List.of(), Map.of(), null);

    public YearComparison(List<Row> rows, List<Merger> mergers, Map<String, String> heirs) {
        this(rows, mergers, heirs, null);
    }

    /** The same comparison with the year before's timeliness. */
    YearComparison withOnTimeYearBefore(OnTime onTime) {
        return new YearComparison(rows, mergers, heirs, onTime);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** True when some year before {@code year} has figures: only then is there anything to compare. */
    public boolean hasYearBefore(int year) {
        return rows.stream().anyMatch(r -> r.year() < year);
    }

    /** The agency whose figures carry this agency's across the reorganisations: its last successor, else itself. */
    public String heir(String code) {
        return heirs.getOrDefault(code, code);
    }

    /** The years with figures, oldest first. */
    public List<Integer> years() {
        return rows.stream().map(Row::year).distinct().sorted().toList();
    }

    /** «Số liệu của Sở Kế hoạch và Đầu tư (đến 28/02/2025) được tính cho Sở Tài chính.» */
    static String note(Merger merger) {
        String until = merger.validTo() == null ? "" : " (đến " + DAY.format(merger.validTo()) + ")";
        return "Số liệu của " + merger.name() + until + " được tính cho " + merger.successorName() + ".";
    }

    /**
     * One agency's figures in one year.
     *
     * @param agency the successor's code
     * @param label  its short name, for chart axes
     * @param name   its full name, for tables
     */
    public record Row(int year, String agency, String label, String name, long tasksDone, long events,
                      long abroadEvents, long spent) {
    }

    /**
     * An agency counted under its last successor.
     *
     * @param validTo the last day the agency existed, or null when the master data do not say
     */
    public record Merger(String code, String name, LocalDate validTo, String successor,
                         String successorName) {
    }

    /**
     * Expected agencies whose report was on time, out of the expected, by the same rule as this year's
     * ({@link AgencyFigure#countOnTime}).
     */
    public record OnTime(long onTime, long expected) {

        /** Null when nobody sent anything for that period: no figure rather than a false zero. */
        static OnTime of(List<AgencyFigure> agencies) {
            boolean anyFile = agencies.stream().anyMatch(a -> a.state() != AgencyState.MISSING);
            return anyFile ? new OnTime(AgencyFigure.countOnTime(agencies),
                    agencies.stream().filter(AgencyFigure::expected).count()) : null;
        }
    }
}
