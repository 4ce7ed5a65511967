package vn.daklak.ngoaivu.template;

import java.nio.file.Path;
import vn.daklak.ngoaivu.normalize.AgencyRef;
import vn.daklak.ngoaivu.reference.ReferenceData;
import vn.daklak.ngoaivu.reference.ReferenceFiles;

/** Test data: the master data the product ships in {@code input/}, read by the production CSV reader. */
final class ReferenceCsv {

    private ReferenceCsv() {
    }

    static ReferenceData load() {
        return ReferenceFiles.read(Path.of("input"));
    }

    static AgencyRef agency(String code) {
        return load().agencyMatcher().byCode(code).orElseThrow();
    }
}
