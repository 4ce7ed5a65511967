package vn.daklak.ngoaivu.ingest;

import java.time.LocalDate;
import vn.daklak.ngoaivu.normalize.Period;

/** The {@code Thông tin chung} of a submission once validated; agency/year/period are null when they had errors. */
record SubmissionHeader(String agencyCode, Integer year, Period period, String preparer, String phone, String email,
                        LocalDate reportDate) {
}
