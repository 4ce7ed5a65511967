package vn.daklak.ngoaivu.ingest;

import vn.daklak.ngoaivu.read.SpreadsheetFile;
import vn.daklak.ngoaivu.reference.ReferenceData;

/**
 * File-level checks of SUBMISSION-FORMAT 3.7: the info sheet and its required values (agency resolved by code/name with
 * closest suggestions, code/name conflict, agency valid in that year, year, period), the sheets present (Nhiệm vụ
 * required; Hoạt động / Kinh phí missing is a warning "no activities reported"), each present table sheet's header
 * (missing required header is an error; unknown extra columns a warning).
 */
final class SubmissionInspector {

    SubmissionInspector(ReferenceData reference) {
        throw new UnsupportedOperationException("TODO ingest helper");
    }

    Inspection inspect(SpreadsheetFile file) {
        throw new UnsupportedOperationException("TODO ingest helper");
    }
}
