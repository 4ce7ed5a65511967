package vn.daklak.ngoaivu.ingest;

import java.nio.file.Path;
import org.springframework.stereotype.Component;
import vn.daklak.ngoaivu.check.FileCheck;
import vn.daklak.ngoaivu.reference.ReferenceFiles;

/** The dashboard's "check a file": the {@code validate} command's {@link SubmissionValidator} on one workbook. */
@Component
class WorkbookCheck implements FileCheck {

    @Override
    public Verdict check(Path input, Path file) {
        return new SubmissionValidator(ReferenceFiles.read(input)).verdict(file);
    }
}
