package vn.daklak.ngoaivu.normalize;

/** Non-negative whole counts (participants, foreign guests): {@code 120}, {@code 1.200}, {@code 1,200}, {@code 120 người}. */
public final class Counts {

    private Counts() {
    }

    public static Parsed<Integer> parse(String text) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }

    public static Parsed<Integer> fromNumber(double value) {
        throw new UnsupportedOperationException("TODO normalize helper");
    }
}
