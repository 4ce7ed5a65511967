package vn.daklak.ngoaivu.reference;

/** The master data in force after a sync, and whether any reference or plan file had changed. */
public record ReferenceSync(ReferenceData data, boolean changed) {
}
