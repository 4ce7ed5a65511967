package vn.daklak.ngoaivu.read;

/** Placeholder until the readformat branch lands. */
public final class PoiLimits {

    public static void apply() {
    }
}
