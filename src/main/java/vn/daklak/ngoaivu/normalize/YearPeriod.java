package vn.daklak.ngoaivu.normalize;

/** One report: a year and a period. Sorted by year, then H1 before YEAR. */
public record YearPeriod(int year, Period period) implements Comparable<YearPeriod> {

    @Override
    public int compareTo(YearPeriod other) {
        return year != other.year ? Integer.compare(year, other.year) : period.compareTo(other.period);
    }

    @Override
    public String toString() {
        return year + " " + period;
    }
}
