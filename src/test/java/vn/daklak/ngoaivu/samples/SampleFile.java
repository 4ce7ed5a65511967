package vn.daklak.ngoaivu.samples;

import java.nio.file.Path;

/** A written sample workbook and the submission it carries. */
public record SampleFile(Path path, SampleSubmission submission) {
}
