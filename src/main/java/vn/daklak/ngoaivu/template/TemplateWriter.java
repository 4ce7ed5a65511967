package vn.daklak.ngoaivu.template;

import java.io.IOException;
import java.nio.file.Path;
import vn.daklak.ngoaivu.normalize.AgencyRef;
import vn.daklak.ngoaivu.reference.ReferenceData;

/** Placeholder until the feedback/template branch lands. */
public final class TemplateWriter {

    public void write(int year, AgencyRef agencyOrNull, ReferenceData reference, Path out) throws IOException {
        throw new UnsupportedOperationException("TODO template helper");
    }
}
